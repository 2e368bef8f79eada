package org.iocconsole.console.dashboard;

import java.time.ZoneId;
import javafx.scene.Parent;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;

/** The overview screen: its title, the "as of" of its figures, and a content area
 * ({@link ScreenFrame#setContent}) that shows an empty state until content is put there. FX thread only. */
public final class OverviewView {
    private static final String STYLESHEET =
            OverviewView.class.getResource("overview.css").toExternalForm();

    private final ScreenFrame frame;

    public OverviewView(OverviewViewModel vm, I18n i18n, ZoneId zone) {
        frame = new ScreenFrame(
                "overview-view", i18n, new TimeTexts(i18n, zone), "dashboard.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);
    }

    public Parent root() {
        return frame;
    }
}
