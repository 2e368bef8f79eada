package org.iocconsole.console.cameras.wall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.console.workspace.layout.LayoutCodec;

/**
 * The saved camera layouts as JSON ({@code {"version": 1, "layouts": [...]}}), for the layouts folder. A layout that
 * cannot be used (tiles overlapping, no name) is left out with a note naming it; the others are kept. Thread-safe.
 */
final class CameraLayoutFile implements LayoutCodec<List<SavedLayout>> {

    @Override
    public String whenUnusable() {
        return "no saved camera layout is used from it";
    }

    @Override
    public List<SavedLayout> read(Path file, JsonNode root, List<SavedLayout> fallback, List<String> problems) {
        JsonNode layouts = root.path("layouts");
        if (!layouts.isArray()) {
            problems.add(file + ": field \"layouts\" must be a list; " + whenUnusable());
            return fallback;
        }
        List<SavedLayout> read = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i++) {
            try {
                SavedLayout layout = layout(layouts.get(i));
                if (read.stream().anyMatch(other -> other.name().equals(layout.name()))) {
                    throw new IllegalArgumentException("a layout called \"" + layout.name() + "\" comes earlier");
                }
                read.add(layout);
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(file + ": field \"layouts[" + i + "]\" (layout " + (i + 1) + ") is invalid: "
                        + e.getMessage() + "; it is left out");
            }
        }
        return read.isEmpty() && !problems.isEmpty() ? fallback : List.copyOf(read);
    }

    @Override
    public ObjectNode write(List<SavedLayout> layouts, ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("version", 1);
        ArrayNode array = root.putArray("layouts");
        for (SavedLayout layout : layouts) {
            ObjectNode node = array.addObject();
            node.put("name", layout.name());
            node.put("grid", layout.grid().id());
            node.put("columns", layout.grid().columns());
            node.put("rows", layout.grid().rows());
            ArrayNode tiles = node.putArray("tiles");
            for (int i = 0; i < layout.grid().size(); i++) {
                TileSpan span = layout.grid().tiles().get(i);
                ObjectNode tile = tiles.addObject();
                tile.put("column", span.column());
                tile.put("row", span.row());
                tile.put("column_span", span.columnSpan());
                tile.put("row_span", span.rowSpan());
                String camera = layout.cameraIds().get(i);
                if (camera != null) {
                    tile.put("camera", camera);
                }
            }
        }
        return root;
    }

    private static SavedLayout layout(JsonNode node) {
        JsonNode tiles = node.get("tiles");
        if (tiles == null || !tiles.isArray()) {
            throw new IllegalArgumentException("no tiles");
        }
        List<TileSpan> spans = new ArrayList<>();
        List<String> cameras = new ArrayList<>();
        for (JsonNode tile : tiles) {
            spans.add(new TileSpan(
                    tile.path("column").asInt(-1),
                    tile.path("row").asInt(-1),
                    tile.path("column_span").asInt(1),
                    tile.path("row_span").asInt(1)));
            JsonNode camera = tile.get("camera");
            cameras.add(camera == null || camera.isNull() ? null : camera.asText());
        }
        WallGrid grid = new WallGrid(
                node.path("grid").asText("custom"),
                node.path("columns").asInt(0),
                node.path("rows").asInt(0),
                spans);
        return new SavedLayout(node.path("name").asText(""), grid, cameras);
    }
}
