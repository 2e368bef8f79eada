package org.iocconsole.console.cameras.wall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.iocconsole.console.workspace.layout.LayoutFolder;
import org.iocconsole.console.workspace.layout.LayoutFolder.Opened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's named camera layouts, kept like every layout by {@link LayoutFolder}: in {@code layouts/cameras.json} of
 * the settings folder, one file for all of the user's roles and machines' workspaces to name ("camera layout:
 * Traffic" on a wall screen). A file with problems is moved aside under a dated name and its usable layouts written
 * back. Layouts saved before, in {@code camera-layouts.json} beside the sources file, are moved into it the first
 * time; the old file stays as {@code camera-layouts.json.moved}. Blocking file I/O: call off the FX thread.
 * Thread-safe.
 */
public final class CameraLayouts {
    /** The file's base name in the layouts folder. */
    public static final String NAME = "cameras";
    /** Where layouts were saved before the layouts folder: beside the sources file. */
    public static final String OLD_FILE_NAME = "camera-layouts.json";

    private static final Logger LOG = LoggerFactory.getLogger(CameraLayouts.class);

    private final LayoutFolder folder;
    private final Path file;
    private final Path oldFile;
    private final CameraLayoutFile codec = new CameraLayoutFile();

    /** @param oldFile the file of an earlier version to move in, or null */
    public CameraLayouts(LayoutFolder folder, Path oldFile) {
        this.folder = folder;
        this.file = folder.file(NAME);
        this.oldFile = oldFile;
    }

    public Path file() {
        return file;
    }

    /** Every saved layout, in the file's order (none without a file), and what was wrong with the file. */
    public synchronized Opened<List<SavedLayout>> load() {
        migrate();
        return folder.open(file, codec, List.of());
    }

    /** The layout of this name among {@code layouts} (exactly, else ignoring case), if there is one. */
    public static Optional<SavedLayout> named(List<SavedLayout> layouts, String name) {
        String wanted = name.strip();
        return layouts.stream()
                .filter(layout -> layout.name().equals(wanted))
                .findFirst()
                .or(() -> layouts.stream()
                        .filter(layout -> layout.name().equalsIgnoreCase(wanted))
                        .findFirst());
    }

    /** Writes every layout, replacing the file in one step. */
    public synchronized void save(List<SavedLayout> layouts) throws IOException {
        migrate();
        folder.save(file, codec, layouts);
    }

    private void migrate() {
        if (oldFile == null || Files.exists(file) || !Files.exists(oldFile)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.copy(oldFile, file);
            Files.move(oldFile, oldFile.resolveSibling(OLD_FILE_NAME + ".moved"));
            LOG.info("Saved camera layouts moved from {} to {}", oldFile, file);
        } catch (IOException e) {
            // The old file stays where it is and is tried again next time; nothing is lost.
            LOG.warn("Saved camera layouts could not be moved from {} to {}", oldFile, file, e);
        }
    }
}
