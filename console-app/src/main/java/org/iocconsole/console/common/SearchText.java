package org.iocconsole.console.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Search that ignores Vietnamese diacritics and case: "dong quang" finds "Đồng Quang", and so does "Đồng". Lists fold
 * each row's searchable text once with {@link #key} and test it with the {@link #matcher} of the query. Thread-safe.
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

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

    /** The folded text of some fields, for {@link #matcher}; null fields are left out. */
    public static String key(String... fields) {
        return Arrays.stream(fields)
                .filter(Objects::nonNull)
                .map(SearchText::fold)
                .collect(Collectors.joining(" "));
    }

    /**
     * Whether a {@linkplain #key key} matches the query: every word of the folded query occurs in it, in any order. A
     * blank query matches everything.
     */
    public static Predicate<String> matcher(String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return key -> true;
        }
        List<String> words = List.of(folded.split(" "));
        return key -> key != null && words.stream().allMatch(key::contains);
    }
}
