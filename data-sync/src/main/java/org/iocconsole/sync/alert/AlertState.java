package org.iocconsole.sync.alert;

import java.util.Locale;

/** Where an alert stands: raised, seen by an operator, or no longer true. */
public enum AlertState {
    OPEN,
    ACKNOWLEDGED,
    CLEARED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertState fromWire(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
