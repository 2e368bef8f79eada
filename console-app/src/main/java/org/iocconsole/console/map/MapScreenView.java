package org.iocconsole.console.map;

import java.time.ZoneId;
import javafx.scene.Parent;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;

/** The map screen: its title, the "as of" of its figures, and a content area
 * ({@link ScreenFrame#setContent}) that shows an empty state until content is put there. FX thread only. */
public final class MapScreenView {
    private static final String STYLESHEET =
            MapScreenView.class.getResource("map-screen.css").toExternalForm();

    private final ScreenFrame frame;

    public MapScreenView(MapScreenViewModel vm, I18n i18n, ZoneId zone) {
        frame = new ScreenFrame("map-view", i18n, new TimeTexts(i18n, zone), "map.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);
    }

    public Parent root() {
        return frame;
    }
}
