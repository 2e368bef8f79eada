package org.iocconsole.console.cameras.wall;

import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;

/** The clipboard format of a camera dragged from the list (or the map) onto a tile: its id. */
public final class CameraDrag {
    /** Created once: JavaFX refuses a second format of the same name. */
    public static final DataFormat CAMERA_ID = new DataFormat("application/x-iocconsole-camera-id");

    private CameraDrag() {}

    /** The id of the camera a drag carries, or null. */
    static String cameraId(DragEvent event) {
        Object content = event.getDragboard().getContent(CAMERA_ID);
        return content instanceof String id ? id : null;
    }
}
