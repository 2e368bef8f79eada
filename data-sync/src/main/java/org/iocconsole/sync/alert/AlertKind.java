package org.iocconsole.sync.alert;

import java.util.Locale;

/** What an alert rule watches. */
public enum AlertKind {
    /** An indicator's latest month against its warning and critical levels (all indicators, or the rule's subject). */
    INDICATOR,
    /** Open citizen reports past their deadline, above the rule's threshold. */
    OVERDUE_REPORTS,
    /** The share of cameras offline, in percent, above the rule's threshold. */
    CAMERAS_OFFLINE_SHARE,
    /** A source without a successful sync for more than the rule's threshold in hours. */
    SOURCE_STALE,
    /**
     * An alert the province raises itself (a notice of kind alert, docs/api/notices.md); no rule evaluates it and the
     * rule editor does not offer it.
     */
    NOTICE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertKind fromWire(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
