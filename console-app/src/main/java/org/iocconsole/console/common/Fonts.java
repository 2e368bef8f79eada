package org.iocconsole.console.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.iocconsole.maps.layer.LabelFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Noto Sans faces bundled with the map's labels ({@link LabelFonts}), so that Vietnamese diacritics render
 * the same on every machine whatever fonts it has. The stylesheets name the family {@value #FAMILY}. Callable on any
 * thread once the FX toolkit runs; loading takes tens of milliseconds, so the application does it beside building the
 * first scene.
 */
public final class Fonts {
    /** The family our stylesheets ask for. */
    public static final String FAMILY = "Noto Sans";

    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static final String[] FILES = {LabelFonts.REGULAR, LabelFonts.BOLD};

    private Fonts() {}

    /** Loads every bundled face; returns how many loaded. A face that fails is logged and the system font stands in. */
    public static int loadBundled() {
        int loaded = 0;
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(LabelFonts.FOLDER + file)) {
                Font font =
                        in == null ? null : Font.loadFont(in, Font.getDefault().getSize());
                if (font == null) {
                    LOG.warn("Could not load the bundled font {}", file);
                } else {
                    loaded++;
                }
            } catch (IOException e) {
                LOG.warn("Could not read the bundled font {}", file, e);
            }
        }
        return loaded;
    }
}
