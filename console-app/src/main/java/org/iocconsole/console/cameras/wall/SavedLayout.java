package org.iocconsole.console.cameras.wall;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A named wall: its grid and the camera of each tile (null for an empty tile), as saved in the layouts file.
 * Immutable.
 */
public record SavedLayout(String name, WallGrid grid, List<String> cameraIds) {

    public SavedLayout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grid, "grid");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a layout has a name");
        }
        List<String> ids = new ArrayList<>(cameraIds);
        while (ids.size() < grid.size()) {
            ids.add(null);
        }
        cameraIds = Collections.unmodifiableList(new ArrayList<>(ids.subList(0, grid.size())));
    }
}
