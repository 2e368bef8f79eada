package org.iocconsole.console.workspace.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.console.workspace.layout.WorkspaceLayout.Mode;

/**
 * Reads and writes a layout as JSON. A file that cannot be used never stops the console: the reader falls back to
 * the role's default and says why, naming the file, the line and the field; parts it cannot use (a view that does
 * not exist) are left out with a note, the rest is kept. Writing replaces the file atomically, so a crash leaves the
 * old layout or the new one. Thread-safe.
 */
public final class LayoutFile implements LayoutCodec<WorkspaceLayout> {
    /** The shortest rotation dwell: a view must be readable before it moves on. */
    static final int MIN_DWELL_SECONDS = 5;

    /** The field of a cameras entry naming the saved camera layout it opens. */
    static final String CAMERA_LAYOUT_FIELD = "cameraLayout";

    /** A layout and what was wrong with the file, if anything (empty when it was read whole). */
    public record Loaded(WorkspaceLayout layout, List<String> problems) {}

    /** Reads a layout file without touching it. */
    public Loaded read(Path file, WorkspaceLayout fallback) {
        LayoutFolder.Opened<WorkspaceLayout> read = LayoutFolder.read(file, this, fallback);
        return new Loaded(read.layout(), read.problems());
    }

    @Override
    public String whenUnusable() {
        return "the default layout is used";
    }

    @Override
    public WorkspaceLayout read(Path file, JsonNode root, WorkspaceLayout fallback, List<String> problems) {
        Loaded loaded = parse(file, root, fallback);
        problems.addAll(loaded.problems());
        return loaded.layout();
    }

    private Loaded parse(Path file, JsonNode root, WorkspaceLayout fallback) {
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject() || !root.path("screens").isArray()) {
            return new Loaded(
                    fallback, List.of(file + ": field \"screens\" must be a list; the default layout is used"));
        }
        Mode mode = Mode.WALL;
        String modeText = root.path("mode").asText("wall");
        try {
            mode = Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(file + ": field \"mode\": \"" + modeText + "\" is neither wall nor window; wall is used");
        }
        List<ScreenSlot> slots = new ArrayList<>();
        ArrayNode screens = (ArrayNode) root.get("screens");
        for (int i = 0; i < screens.size(); i++) {
            String field = "screens[" + i + "]";
            JsonNode screen = screens.get(i);
            List<PlaylistItem> day = playlist(file, field, screen, "views", problems);
            List<PlaylistItem> night = playlist(file, field, screen, "night", problems);
            if (day.isEmpty()) {
                problems.add(file + ": field \"" + field + "\" names no view it can show; the screen is left out");
            } else {
                slots.add(new ScreenSlot(day, night));
            }
        }
        if (slots.isEmpty()) {
            problems.add(file + ": no screen of the layout can be shown; the default layout is used");
            return new Loaded(fallback, problems);
        }
        DaySchedule schedule = new DaySchedule(
                time(file, root, "dayStarts", DaySchedule.DEFAULT.dayStarts(), problems),
                time(file, root, "nightStarts", DaySchedule.DEFAULT.nightStarts(), problems));
        return new Loaded(
                new WorkspaceLayout(root.path("name").asText(fallback.name()), mode, slots, schedule), problems);
    }

    /**
     * A playlist: each entry a view's name (with the screen's {@code dwellSeconds}) or {@code {"view": ..,
     * "dwellSeconds": ..}}; a saved dashboard is {@code {"dashboard": id}} (or {@code "dashboard:id"}), a role's
     * dashboards in turn {@code {"dashboards": role}} (or {@code "dashboards:role"}). Unknown views and entries that
     * name nothing are left out; dwells too short to read are raised, with a note. Whether a named dashboard exists is
     * for the screen showing it to tell, since it may be saved later.
     */
    private static List<PlaylistItem> playlist(
            Path file, String field, JsonNode screen, String list, List<String> problems) {
        List<PlaylistItem> found = new ArrayList<>();
        List<Integer> dwells = new ArrayList<>();
        JsonNode entries = screen.path(list);
        for (int j = 0; j < entries.size(); j++) {
            JsonNode entry = entries.get(j);
            PlaylistItem item = item(entry);
            if (item == null) {
                String name = entry.isObject() ? entry.toString() : entry.asText();
                problems.add(file + ": field \"" + field + "." + list + "\": no view is called \"" + name
                        + "\"; it is left out");
                continue;
            }
            String cameraLayout =
                    entry.isObject() ? entry.path(CAMERA_LAYOUT_FIELD).asText("") : "";
            if (!cameraLayout.isBlank()) {
                if (item.view() == Screen.CAMERAS && item.dashboard() == null) {
                    item = new PlaylistItem(Screen.CAMERAS, cameraLayout.strip(), 0);
                } else {
                    problems.add(file + ": field \"" + field + "." + list + "[" + j + "]." + CAMERA_LAYOUT_FIELD
                            + "\": only the cameras view opens a camera layout; it is left out");
                }
            }
            found.add(item);
            dwells.add(
                    entry.isObject() && entry.has("dwellSeconds")
                            ? entry.get("dwellSeconds").asInt()
                            : null);
        }
        if (found.size() < 2) {
            // A single view does not rotate: its dwell means nothing.
            return found.stream().map(PlaylistItem::show).toList();
        }
        int shared = screen.path("dwellSeconds").asInt(0);
        if (dwells.contains(null) && shared < MIN_DWELL_SECONDS) {
            problems.add(file + ": field \"" + field + ".dwellSeconds\": " + shared + " is too short; "
                    + MIN_DWELL_SECONDS + " is used");
            shared = MIN_DWELL_SECONDS;
        }
        List<PlaylistItem> items = new ArrayList<>();
        for (int j = 0; j < found.size(); j++) {
            int dwell = dwells.get(j) == null ? shared : dwells.get(j);
            if (dwell < MIN_DWELL_SECONDS) {
                problems.add(file + ": field \"" + field + "." + list + "[" + j + "].dwellSeconds\": " + dwell
                        + " is too short; " + MIN_DWELL_SECONDS + " is used");
                dwell = MIN_DWELL_SECONDS;
            }
            items.add(found.get(j).withDwell(dwell));
        }
        return items;
    }

    /** The view or dashboard an entry names, its dwell still to be set; null when it names nothing known. */
    private static PlaylistItem item(JsonNode entry) {
        for (boolean ofRole : new boolean[] {false, true}) {
            String field = ofRole ? "dashboards" : "dashboard";
            String key = entry.isObject()
                    ? entry.path(field).asText("")
                    : entry.asText().startsWith(field + ":") ? entry.asText().substring(field.length() + 1) : "";
            if (!key.isBlank()) {
                return PlaylistItem.of(new DashboardPick(ofRole, key.strip()), 0);
            }
        }
        Screen known = view(entry.isObject() ? entry.path("view").asText() : entry.asText());
        return known == null ? null : new PlaylistItem(known, 0);
    }

    private static LocalTime time(Path file, JsonNode root, String field, LocalTime fallback, List<String> problems) {
        if (!root.has(field)) {
            return fallback;
        }
        String text = root.get(field).asText();
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(file + ": field \"" + field + "\": \"" + text + "\" is not a time of day (use 06:00); "
                    + fallback + " is used");
            return fallback;
        }
    }

    private static Screen view(String name) {
        for (Screen screen : Screen.values()) {
            if (screen.slug().equals(name) || screen.name().equalsIgnoreCase(name)) {
                return screen;
            }
        }
        return null;
    }

    private static void writeItems(ArrayNode array, List<PlaylistItem> items) {
        for (PlaylistItem item : items) {
            ObjectNode entry = array.addObject();
            if (item.dashboard() != null) {
                entry.put(item.dashboard().field(), item.dashboard().key());
            } else {
                entry.put("view", item.view().slug());
            }
            if (item.cameraLayout() != null) {
                entry.put(CAMERA_LAYOUT_FIELD, item.cameraLayout());
            }
            entry.put("dwellSeconds", item.dwellSeconds());
        }
    }

    /** Saves {@code layout}, replacing the file in one step. */
    public void write(Path file, WorkspaceLayout layout) throws IOException {
        LayoutFolder.write(file, this, layout);
    }

    @Override
    public ObjectNode write(WorkspaceLayout layout, ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("name", layout.name());
        root.put("mode", layout.mode().name().toLowerCase(Locale.ROOT));
        root.put("dayStarts", layout.schedule().dayStarts().toString());
        root.put("nightStarts", layout.schedule().nightStarts().toString());
        ArrayNode screens = root.putArray("screens");
        for (ScreenSlot slot : layout.screens()) {
            ObjectNode screen = screens.addObject();
            writeItems(screen.putArray("views"), slot.day());
            if (!slot.night().isEmpty()) {
                writeItems(screen.putArray("night"), slot.night());
            }
        }
        return root;
    }
}
