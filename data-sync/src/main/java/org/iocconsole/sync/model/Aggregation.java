package org.iocconsole.sync.model;

import java.util.Locale;

/** How an indicator's figures of several periods (or merged units) add up. */
public enum Aggregation {
    /** Flows: dossiers received, accidents. Periods and units add up. */
    SUM,
    /** Rates and indices: a longer period is the mean of its periods; units cannot simply be combined. */
    MEAN,
    /** Stocks: pupils, schools. A longer period is its last figure; units add up. */
    LAST;

    /** The rule when the catalog names none: percentages are means, everything else adds up. */
    public static Aggregation defaultFor(String unit) {
        return unit != null && unit.trim().equals("%") ? MEAN : SUM;
    }

    /** Parses the wire's spelling ({@code sum}); null or blank gives null. */
    public static Aggregation fromWire(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
