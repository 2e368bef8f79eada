package org.iocconsole.console.cameras;

import org.iocconsole.console.common.SearchText;
import org.iocconsole.sync.model.Camera;

/**
 * A camera of the list with its search key (name, group and id folded), computed once per read rather than at every
 * keystroke.
 */
public record CameraRow(Camera camera, String searchKey) {

    static CameraRow of(Camera camera) {
        return new CameraRow(camera, SearchText.key(camera.name(), camera.group(), camera.cameraId()));
    }
}
