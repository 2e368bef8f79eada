package org.iocconsole.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.iocconsole.console.app.FirstFrame;

/**
 * The yardstick of the start-up benchmark: a JavaFX window with one label that exits after its first frame. A plain
 * class launches it, as the console's launcher does, so both start the same way from the class path.
 */
public final class MinimalFxWindow {
    private MinimalFxWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("IOC Console"), 1280, 800));
            stage.show();
            // The same signal as the console's --exit-after-first-frame.
            FirstFrame.then(Platform::exit);
        }
    }
}
