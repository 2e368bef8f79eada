package org.iocconsole.console.workspace;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import org.iocconsole.console.workspace.layout.DisplayArea;

/**
 * The monitors JavaFX reports, as a list of display areas kept current as monitors are plugged and unplugged: the
 * seam between the toolkit and the wall, which tests fill by hand. FX thread only.
 */
public final class FxMonitors {
    private FxMonitors() {}

    /** The monitors now, updated on the FX thread whenever the toolkit's list changes. */
    public static ObservableList<DisplayArea> watch() {
        ObservableList<DisplayArea> areas = FXCollections.observableArrayList();
        ObservableList<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        Runnable copy = () -> areas.setAll(
                screens.stream().map(screen -> area(screen.getBounds())).toList());
        copy.run();
        screens.addListener((ListChangeListener<javafx.stage.Screen>) change -> copy.run());
        return areas;
    }

    private static DisplayArea area(Rectangle2D bounds) {
        return new DisplayArea(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
