package org.iocconsole.console.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese alphabetical order for names: "Đ" after "D", "Ă" and "Â" after "A", tones after the bare letter, and word
 * by word as Vietnamese lists are read, so "Bá Xuyên" comes before "Bách Quang". The cache's SQL orders by code point,
 * which puts "Đồng Hỷ" after "Yên Bình"; lists sort again with this.
 */
public final class VietnameseOrder {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseOrder() {}

    /**
     * A comparator of names in Vietnamese order; nulls last. Each call makes its own collator, so a comparator can be
     * used on any one thread without contention.
     */
    public static Comparator<String> names() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        // The collator alone ignores spaces and would compare letter by letter across words.
        Comparator<String> words = (a, b) -> {
            String[] left = SPACES.split(a.strip());
            String[] right = SPACES.split(b.strip());
            for (int i = 0; i < Math.min(left.length, right.length); i++) {
                int order = collator.compare(left[i], right[i]);
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.length, right.length);
        };
        return Comparator.nullsLast(words);
    }
}
