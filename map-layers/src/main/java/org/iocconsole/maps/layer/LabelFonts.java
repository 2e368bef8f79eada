package org.iocconsole.maps.layer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The faces of the map's labels: Noto Sans, bundled in {@value #FOLDER} (SIL Open Font License, see the README
 * there), so that names keep their Vietnamese diacritics on every machine. Java 2D's logical fonts follow each
 * machine's font configuration, and in the console they were seen to become a serif face without bold. The console's
 * own text and its PDF reports use the same files. Thread-safe.
 */
public final class LabelFonts {
    /** Where the faces are, as a resource path. */
    public static final String FOLDER = "/org/iocconsole/maps/fonts/";

    public static final String REGULAR = "NotoSans-Regular.ttf";
    public static final String BOLD = "NotoSans-Bold.ttf";

    private static final Logger LOG = LoggerFactory.getLogger(LabelFonts.class);

    private LabelFonts() {}

    /** Reads both faces now, if not yet read, so that the first map drawn does not wait for them. */
    public static void load() {
        Faces.BOLD.getFamily();
    }

    /** The regular face at a size, in pixels of the map. */
    public static Font regular(float size) {
        return Faces.REGULAR.deriveFont(size);
    }

    /** The bold face at a size, in pixels of the map. */
    public static Font bold(float size) {
        return Faces.BOLD.deriveFont(size);
    }

    /** Read once, on first use. */
    private static final class Faces {
        static final Font REGULAR = read(LabelFonts.REGULAR, Font.PLAIN);
        static final Font BOLD = read(LabelFonts.BOLD, Font.BOLD);
    }

    /** A bundled face; if it cannot be read, the machine's sans-serif stands in and the log says so. */
    private static Font read(String file, int style) {
        try (InputStream in = LabelFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
            LOG.warn("The bundled font {} is missing; map labels use the system's sans-serif", file);
        } catch (IOException | FontFormatException e) {
            LOG.warn("Could not read the bundled font {}; map labels use the system's sans-serif", file, e);
        }
        return new Font(Font.SANS_SERIF, style, 1);
    }
}
