package org.iocconsole.console.workspace.layout;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place every layout is kept: the {@code layouts} folder of the user's settings folder, one JSON file per
 * layout kind (workspaces per role and machine, the saved camera walls). Reading never stops the console: a file that
 * cannot be used as it is gives the usable part or the fallback with the reasons, and is moved aside under a dated
 * name ({@code .bad-YYYYMMDD-HHMMSS}), never lost; the usable part is written back so the next start is clean.
 * Writing replaces a file in one step, so a crash leaves the old layout or the new one. Thread-safe; blocking, call
 * off the FX thread.
 */
public final class LayoutFolder {
    /** Larger than any layout a person makes: a bigger file is not a layout. */
    static final long MAX_BYTES = 1 << 20;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Made on first use, not with the class: a console builds its folder before its first frame, Jackson after. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Path folder;
    private final Clock clock;

    /**
     * What a file gave, and what was wrong with it.
     *
     * @param problems empty when the file was read whole (or did not exist)
     * @param keptAside where the original was moved when it had problems, or null
     */
    public record Opened<T>(T layout, List<String> problems, Path keptAside) {}

    /** @param settingsFolder the user's settings folder; layouts go in its {@code layouts} folder */
    public LayoutFolder(Path settingsFolder, Clock clock) {
        this.folder = settingsFolder.resolve("layouts");
        this.clock = clock;
    }

    /** The folder itself. */
    public Path folder() {
        return folder;
    }

    /** The file named by these parts ({@code operator}, {@code wall-pc-1}), joined by {@code @}, made file-safe. */
    public Path file(String... parts) {
        List<String> safe = new ArrayList<>();
        for (String part : parts) {
            safe.add(safe(part));
        }
        return folder.resolve(String.join("@", safe) + ".json");
    }

    /** Reads a layout without touching the file: for a look that must not move anything. */
    public static <T> Opened<T> read(Path file, LayoutCodec<T> codec, T fallback) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Opened<>(
                        fallback,
                        List.of(file + ": larger than " + MAX_BYTES + " bytes, not a layout file; "
                                + codec.whenUnusable()),
                        null);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Opened<>(fallback, List.of(), null);
        } catch (IOException e) {
            return new Opened<>(
                    fallback,
                    List.of(file + ": cannot be read (" + e.getMessage() + "); " + codec.whenUnusable()),
                    null);
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ", line " + at.getLineNr() + " column " + at.getColumnNr();
            return new Opened<>(
                    fallback,
                    List.of(file + where + ": not a readable layout (" + e.getOriginalMessage() + "); "
                            + codec.whenUnusable()),
                    null);
        }
        List<String> problems = new ArrayList<>();
        T layout = codec.read(file, root == null ? Json.MAPPER.nullNode() : root, fallback, problems);
        return new Opened<>(layout, List.copyOf(problems), null);
    }

    /** Reads a layout, or {@code fallback}; a file with problems is kept aside and its usable part written back. */
    public <T> Opened<T> open(Path file, LayoutCodec<T> codec, T fallback) {
        Opened<T> read = read(file, codec, fallback);
        if (read.problems().isEmpty() || !Files.exists(file)) {
            return read;
        }
        List<String> problems = new ArrayList<>(read.problems());
        Path aside = file.resolveSibling(
                file.getFileName() + ".bad-" + LocalDateTime.now(clock).format(STAMP));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            if (read.layout() != fallback) {
                save(file, codec, read.layout());
            }
        } catch (IOException e) {
            problems.add(file + ": could not be moved aside (" + e.getMessage() + ")");
            aside = null;
        }
        return new Opened<>(read.layout(), List.copyOf(problems), aside);
    }

    /** Saves a layout, replacing the file in one step. */
    public <T> void save(Path file, LayoutCodec<T> codec, T layout) throws IOException {
        write(file, codec, layout);
    }

    /** Writes a layout to any file, replacing it in one step. */
    public static <T> void write(Path file, LayoutCodec<T> codec, T layout) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(
                temporary,
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(codec.write(layout, Json.MAPPER)),
                StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String safe(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return cleaned.isBlank() ? "this-machine" : cleaned;
    }
}
