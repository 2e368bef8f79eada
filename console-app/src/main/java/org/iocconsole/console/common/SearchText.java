package org.iocconsole.console.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.iocconsole.sync.cache.TextFold;

/**
 * Search that ignores Vietnamese diacritics and case: "dong quang" finds "Đồng Quang", and so does "Đồng". Lists fold
 * each row's searchable text once with {@link #key} and test it with the {@link #matcher} of the query. Thread-safe.
 */
public final class SearchText {

    private SearchText() {}

    /**
     * The text without diacritics, in lower case, with runs of white space made one space: "Phường Đồng  Quang" gives
     * "phuong dong quang". The same folding as the cache's word index ({@link TextFold}). Null gives the empty text.
     */
    public static String fold(String text) {
        return TextFold.fold(text);
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
