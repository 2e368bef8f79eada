package org.iocconsole.sync.alert;

import java.util.Locale;

/** How urgent an alert is; critical alerts may sound on the wall. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromWire(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
