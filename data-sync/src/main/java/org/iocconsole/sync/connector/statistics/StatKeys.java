package org.iocconsole.sync.connector.statistics;

/** The composite key of a statistics row as a tombstone key. */
final class StatKeys {

    private StatKeys() {}

    /** {@code unit_code|agency|period}, or null when a part is missing. */
    static String key(String unitCode, String agency, String period) {
        if (unitCode == null || agency == null || period == null) {
            return null;
        }
        return unitCode + "|" + agency + "|" + period;
    }
}
