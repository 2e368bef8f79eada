package org.iocconsole.sync.dashboard;

import java.util.Locale;

/** What a dashboard cell shows of its indicator. */
public enum Widget {
    /** The figure with target, changes, sparkline and status. */
    TILE,
    /** The time series with its target line. */
    TREND,
    /** Bars of the communes' figures. */
    BARS,
    /** The communes ranked, best first. */
    RANKING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The widget of a saved layout; null for a name this version does not know. */
    public static Widget fromWire(String text) {
        for (Widget widget : values()) {
            if (widget.wireName().equals(text)) {
                return widget;
            }
        }
        return null;
    }
}
