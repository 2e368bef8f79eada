package org.iocconsole.console.common;

import java.util.regex.Pattern;

/**
 * Text from the cache made fit for one line of a list: control and invisible formatting characters (line breaks,
 * tabs, bidirectional overrides that could make a text read backwards) become spaces, runs of white space one space.
 * The result is shown as it is, never interpreted as markup or as a message pattern. Thread-safe.
 */
public final class PlainText {
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private PlainText() {}

    /** The text on one line; null stays null. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        String visible = INVISIBLE.matcher(text).replaceAll(" ");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }
}
