package org.iocconsole.console.cameras;

import java.time.ZoneId;
import javafx.scene.Parent;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;

/** The cameras screen: its title, the "as of" of its figures, and a content area
 * ({@link ScreenFrame#setContent}) that shows an empty state until content is put there. FX thread only. */
public final class CamerasView {
    private static final String STYLESHEET =
            CamerasView.class.getResource("cameras.css").toExternalForm();

    private final ScreenFrame frame;

    public CamerasView(CamerasViewModel vm, I18n i18n, ZoneId zone) {
        frame = new ScreenFrame(
                "cameras-view", i18n, new TimeTexts(i18n, zone), "cameras.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);
    }

    public Parent root() {
        return frame;
    }
}
