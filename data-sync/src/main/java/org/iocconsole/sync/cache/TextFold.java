package org.iocconsole.sync.cache;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text made comparable without Vietnamese diacritics and case: "Đồng Quang" and "dong quang" fold to the same text.
 * The cache indexes reports by the words of their folded text, and the console folds what the user types the same
 * way, so the one function lives here where both can reach it. Thread-safe.
 */
public final class TextFold {
    /** Longer words are cut: a prefix search finds them all the same, and the index stays small. */
    public static final int MAX_TOKEN_LENGTH = 32;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFold() {}

    /**
     * The text without diacritics, in lower case, with runs of white space made one space: "Phường Đồng  Quang" gives
     * "phuong dong quang". {@code đ} has no decomposition in Unicode, so it is mapped to {@code d} by hand. Null gives
     * the empty text.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The distinct folded words of some texts, in order of first appearance, at most {@code max} of them: letters and
     * digits split at everything else ("TN-2026-031245" gives "tn", "2026", "031245"). Null texts are skipped.
     */
    public static Set<String> words(int max, String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : NOT_WORD.split(fold(text))) {
                if (words.size() >= max) {
                    return words;
                }
                if (!word.isEmpty()) {
                    words.add(word.length() > MAX_TOKEN_LENGTH ? word.substring(0, MAX_TOKEN_LENGTH) : word);
                }
            }
        }
        return words;
    }
}
