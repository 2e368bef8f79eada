package org.iocconsole.console.reports;

import java.time.ZoneId;
import javafx.scene.Parent;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;

/** The citizen reports screen: its title, the "as of" of its figures, and a content area
 * ({@link ScreenFrame#setContent}) that shows an empty state until content is put there. FX thread only. */
public final class ReportsView {
    private static final String STYLESHEET =
            ReportsView.class.getResource("reports.css").toExternalForm();

    private final ScreenFrame frame;

    public ReportsView(ReportsViewModel vm, I18n i18n, ZoneId zone) {
        frame = new ScreenFrame(
                "reports-view", i18n, new TimeTexts(i18n, zone), "reports.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);
    }

    public Parent root() {
        return frame;
    }
}
