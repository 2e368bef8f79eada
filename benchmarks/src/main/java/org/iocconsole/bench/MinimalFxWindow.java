package org.iocconsole.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.iocconsole.console.app.FirstFrame;

/** The yardstick of the start-up benchmark: a JavaFX window with one label that exits after its first frame. */
public final class MinimalFxWindow extends Application {

    public static void main(String[] args) {
        Application.launch(MinimalFxWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("IOC Console"), 1280, 800);
        stage.setScene(scene);
        stage.show();
        // The same signal as the console's --exit-after-first-frame.
        FirstFrame.then(Platform::exit);
    }
}
