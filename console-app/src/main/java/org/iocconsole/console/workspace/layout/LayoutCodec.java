package org.iocconsole.console.workspace.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * How one kind of layout (a workspace, the saved camera walls) is read from and written to JSON, for {@link
 * LayoutFolder}. Implementations are stateless and thread-safe.
 *
 * @param <T> the layout read
 */
public interface LayoutCodec<T> {
    /**
     * The layout in {@code root}; what cannot be used is left out and described in {@code problems} (naming the file
     * and the field). Returns {@code fallback} when nothing can be used.
     */
    T read(Path file, JsonNode root, T fallback, List<String> problems);

    /** What happens when a file cannot be used at all, for the message ("the default layout is used"). */
    String whenUnusable();

    /** The JSON of {@code layout}. */
    ObjectNode write(T layout, ObjectMapper json);
}
