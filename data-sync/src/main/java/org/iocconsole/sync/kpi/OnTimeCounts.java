package org.iocconsole.sync.kpi;

/** Items handled in a month and how many of them on time, summed over units and agencies. Immutable. */
public record OnTimeCounts(long onTime, long handled) {

    /** Counts that cannot be right: negative, or more on time than handled. */
    public boolean valid() {
        return onTime >= 0 && handled >= 0 && onTime <= handled;
    }

    public OnTimeCounts plus(OnTimeCounts other) {
        return new OnTimeCounts(onTime + other.onTime, handled + other.handled);
    }
}
