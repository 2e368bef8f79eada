package org.iocconsole.console.workspace.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where layouts are saved: one file per role and machine in the user's settings folder ({@code
 * layouts/operator@wall-pc-1.json}), since one user may sit at a wall one day and a laptop the next. A file that
 * cannot be used as it is is moved aside under a dated name, never lost; the part that could be used is written back,
 * so the console starts clean next time and an administrator can still read the original. Thread-safe; blocking,
 * call off the FX thread.
 */
public final class WorkspaceFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Clock clock;
    private final LayoutFile files = new LayoutFile();

    /** @param settingsFolder the user's settings folder; layouts go in its {@code layouts} folder */
    public WorkspaceFiles(Path settingsFolder, Clock clock) {
        this.folder = settingsFolder.resolve("layouts");
        this.clock = clock;
    }

    /**
     * A layout read from a file and what was wrong with it.
     *
     * @param keptAside where the original file was moved when it had problems, or null
     */
    public record Opened(WorkspaceLayout layout, List<String> problems, Path keptAside) {}

    /** The file of a role on a machine. */
    public Path fileFor(String role, String machine) {
        return folder.resolve(safe(role) + "@" + safe(machine) + ".json");
    }

    /** Reads the layout, or {@code fallback}; a file with problems is kept aside and its usable part written back. */
    public Opened open(Path file, WorkspaceLayout fallback) {
        LayoutFile.Loaded loaded = files.read(file, fallback);
        if (loaded.problems().isEmpty() || !Files.exists(file)) {
            return new Opened(loaded.layout(), loaded.problems(), null);
        }
        List<String> problems = new ArrayList<>(loaded.problems());
        Path aside = file.resolveSibling(
                file.getFileName() + ".bad-" + LocalDateTime.now(clock).format(STAMP));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            if (loaded.layout() != fallback) {
                files.write(file, loaded.layout());
            }
        } catch (IOException e) {
            problems.add(file + ": could not be moved aside (" + e.getMessage() + ")");
            aside = null;
        }
        return new Opened(loaded.layout(), problems, aside);
    }

    /** Saves a layout, replacing the file in one step. */
    public void save(Path file, WorkspaceLayout layout) throws IOException {
        files.write(file, layout);
    }

    private static String safe(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return cleaned.isBlank() ? "this-machine" : cleaned;
    }
}
