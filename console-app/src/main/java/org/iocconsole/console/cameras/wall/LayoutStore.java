package org.iocconsole.console.cameras.wall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The named wall layouts of this user, in a small JSON file of the config folder ({@code camera-layouts.json} beside
 * {@code sources.yaml}). A file that cannot be read is never overwritten: saving moves it aside first. Blocking file
 * I/O: call off the FX thread. Thread-safe (every call reads or writes the whole file).
 */
public final class LayoutStore {
    public static final String FILE_NAME = "camera-layouts.json";
    private static final int MAX_BYTES = 1 << 20;

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    public LayoutStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Every saved layout, in the file's order; none when there is no file.
     *
     * @throws IOException when the file cannot be read or is not a layouts file (the message says where)
     */
    public synchronized List<SavedLayout> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": larger than " + MAX_BYTES + " bytes, not a layouts file");
        }
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        JsonNode layouts = root == null ? null : root.get("layouts");
        if (layouts == null || !layouts.isArray()) {
            throw new IOException(file + ": no \"layouts\" array");
        }
        List<SavedLayout> read = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i++) {
            try {
                read.add(layout(layouts.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IOException(file + ": layout " + (i + 1) + " is invalid: " + e.getMessage(), e);
            }
        }
        return read;
    }

    /** Writes every layout, replacing the file atomically; an unreadable old file is kept aside. */
    public synchronized void save(List<SavedLayout> layouts) throws IOException {
        if (Files.exists(file)) {
            try {
                load();
            } catch (IOException unreadable) {
                Path aside = file.resolveSibling(
                        FILE_NAME + ".unreadable-" + Instant.now().toEpochMilli());
                Files.move(file, aside);
            }
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("version", 1);
        ArrayNode array = root.putArray("layouts");
        for (SavedLayout layout : layouts) {
            array.add(json(layout));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        mapper.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private ObjectNode json(SavedLayout layout) {
        ObjectNode node = mapper.createObjectNode();
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
        return node;
    }

    private static SavedLayout layout(JsonNode node) {
        List<TileSpan> spans = new ArrayList<>();
        List<String> cameras = new ArrayList<>();
        JsonNode tiles = node.get("tiles");
        if (tiles == null || !tiles.isArray()) {
            throw new IllegalArgumentException("no tiles");
        }
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
