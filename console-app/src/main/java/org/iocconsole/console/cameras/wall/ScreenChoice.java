package org.iocconsole.console.cameras.wall;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.iocconsole.sync.model.Camera;

/**
 * Shows one camera alone on a chosen screen, in an undecorated window covering it; Escape or a double-click closes
 * it. Its tile plays only while the window shows. FX thread only.
 */
final class ScreenChoice {
    private ScreenChoice() {}

    static Stage showOn(Rectangle2D bounds, Camera camera, CameraTile tile, String stylesheet) {
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        Scene scene = new Scene(tile, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(stylesheet);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        tile.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                stage.close();
            }
        });
        stage.setOnHidden(e -> tile.dispose());
        tile.setId("cameras-screen-tile");
        stage.setTitle(camera.name());
        stage.setScene(scene);
        tile.show(camera);
        stage.show();
        return stage;
    }
}
