package org.iocconsole.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.iocconsole.console.app.ConsoleApplication;
import org.iocconsole.console.app.FirstFrame;

/**
 * The yardstick of the start-up benchmark: a JavaFX window with one label, as large as the console's, that exits
 * after its first frame. A plain
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
            // As large as the console's window, so that both paint as many pixels.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setScene(new Scene(
                    new Label("IOC Console"),
                    screen.getWidth() * ConsoleApplication.WINDOW_SHARE,
                    screen.getHeight() * ConsoleApplication.WINDOW_SHARE));
            stage.show();
            // The same signal as the console's --exit-after-first-frame.
            FirstFrame.then(Platform::exit);
        }
    }
}
