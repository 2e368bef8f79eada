package org.iocconsole.console.dashboard;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;

/**
 * The overview screen: the headline figures of the province as tiles, grouped under headings, each group a grid that
 * wraps to the width of the screen. The "as of" of the figures is in the frame's header. FX thread only.
 */
public final class OverviewView {
    private static final String STYLESHEET =
            OverviewView.class.getResource("overview.css").toExternalForm();

    private final ScreenFrame frame;

    public OverviewView(OverviewViewModel vm, I18n i18n, ZoneId zone) {
        this(vm, i18n, zone, null);
    }

    /** @param board the KPI board shown under the counts; null for none */
    public OverviewView(OverviewViewModel vm, I18n i18n, ZoneId zone, Node board) {
        frame = new ScreenFrame(
                "overview-view", i18n, new TimeTexts(i18n, zone), "dashboard.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);

        Map<Kpi.Section, FlowPane> grids = new EnumMap<>(Kpi.Section.class);
        VBox sections = new VBox();
        sections.getStyleClass().add("overview-sections");
        for (Kpi.Section section : Kpi.Section.values()) {
            Label heading = new Label();
            heading.textProperty().bind(i18n.text(section.titleKey()));
            heading.getStyleClass().add("overview-section-title");
            FlowPane grid = new FlowPane();
            grid.getStyleClass().add("overview-grid");
            grids.put(section, grid);
            sections.getChildren().addAll(heading, grid);
        }
        for (Kpi kpi : Kpi.values()) {
            grids.get(kpi.section()).getChildren().add(tile(vm, i18n, kpi));
        }

        if (board != null) {
            sections.getChildren().add(board);
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("overview-scroll");
        frame.setContent(scroll);
    }

    private static KpiTile tile(OverviewViewModel vm, I18n i18n, Kpi kpi) {
        KpiTile tile = new KpiTile();
        tile.setId("kpi-" + kpi.slug());
        tile.labelProperty().bind(i18n.text(kpi.labelKey()));
        tile.valueProperty()
                .bind(i18n.compute(
                        () -> vm.loadedProperty().get()
                                ? i18n.get(
                                        "dashboard.kpi.number",
                                        vm.valueProperty(kpi).get())
                                : i18n.get("dashboard.kpi.none"),
                        vm.loadedProperty(),
                        vm.valueProperty(kpi)));
        tile.alertProperty().bind(vm.alertProperty(kpi));
        return tile;
    }

    public Parent root() {
        return frame;
    }
}
