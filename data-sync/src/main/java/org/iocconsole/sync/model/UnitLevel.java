package org.iocconsole.sync.model;

import java.util.Locale;

/** Level of an administrative unit; {@code COMMUNE} covers wards, communes, townships and special zones. */
public enum UnitLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE;

    /** The contract's spelling ({@code "province"}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the contract's spelling; throws {@link IllegalArgumentException} naming the value. */
    public static UnitLevel fromWire(String value) {
        for (UnitLevel level : values()) {
            if (level.wireName().equals(value)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown unit level \"" + value + "\"");
    }
}
