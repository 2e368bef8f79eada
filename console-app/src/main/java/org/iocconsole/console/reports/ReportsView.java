package org.iocconsole.console.reports;

import java.time.ZoneId;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;

/**
 * The citizen reports screen: the latest reports with their category, commune, workflow state, priority, agency,
 * deadline and overdue mark, under a line that counts them. FX thread only.
 */
public final class ReportsView {
    private static final String STYLESHEET =
            ReportsView.class.getResource("reports.css").toExternalForm();

    private final ScreenFrame frame;

    public ReportsView(ReportsViewModel vm, I18n i18n, ZoneId zone) {
        TimeTexts times = new TimeTexts(i18n, zone);
        frame = new ScreenFrame("reports-view", i18n, times, "reports.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);

        Label summary = new Label();
        summary.setId("reports-summary");
        summary.getStyleClass().add("reports-summary");
        summary.textProperty()
                .bind(i18n.format(
                        "reports.summary",
                        () -> new Object[] {
                            vm.getItems().size(), vm.overdueCountProperty().get()
                        },
                        vm.getItems(),
                        vm.overdueCountProperty()));
        ReportTable table = new ReportTable(vm, i18n, times);
        VBox.setVgrow(table.table(), Priority.ALWAYS);
        VBox body = new VBox(summary, table.table());
        body.getStyleClass().add("reports-body");
        frame.setContent(body);
    }

    public Parent root() {
        return frame;
    }
}
