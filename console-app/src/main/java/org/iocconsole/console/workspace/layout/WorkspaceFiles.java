package org.iocconsole.console.workspace.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Where workspace layouts are saved: one file per role and machine in the layouts folder ({@code
 * layouts/operator@wall-pc-1.json}), since one user may sit at a wall one day and a laptop the next. Kept by {@link
 * LayoutFolder}, like every layout: a file that cannot be used as it is is moved aside, never lost. Thread-safe;
 * blocking, call off the FX thread.
 */
public final class WorkspaceFiles {
    private final LayoutFolder folder;
    private final LayoutFile codec = new LayoutFile();

    /** @param settingsFolder the user's settings folder; layouts go in its {@code layouts} folder */
    public WorkspaceFiles(Path settingsFolder, Clock clock) {
        this(new LayoutFolder(settingsFolder, clock));
    }

    public WorkspaceFiles(LayoutFolder folder) {
        this.folder = folder;
    }

    /**
     * A layout read from a file and what was wrong with it.
     *
     * @param keptAside where the original file was moved when it had problems, or null
     */
    public record Opened(WorkspaceLayout layout, List<String> problems, Path keptAside) {}

    /** The file of a role on a machine. */
    public Path fileFor(String role, String machine) {
        return folder.file(role, machine);
    }

    /** Reads the layout, or {@code fallback}; a file with problems is kept aside and its usable part written back. */
    public Opened open(Path file, WorkspaceLayout fallback) {
        LayoutFolder.Opened<WorkspaceLayout> opened = folder.open(file, codec, fallback);
        return new Opened(opened.layout(), opened.problems(), opened.keptAside());
    }

    /** Saves a layout, replacing the file in one step. */
    public void save(Path file, WorkspaceLayout layout) throws IOException {
        folder.save(file, codec, layout);
    }
}
