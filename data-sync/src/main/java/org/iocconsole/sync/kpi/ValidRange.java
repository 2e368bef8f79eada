package org.iocconsole.sync.kpi;

import org.iocconsole.sync.model.Aggregation;

/**
 * The values an indicator can take; a figure outside is bad input, left out of every sum and marked. Either bound
 * may be null (open). Immutable.
 */
public record ValidRange(Double min, Double max) {
    public static final ValidRange ANY = new ValidRange(null, null);

    /** Counts and stocks are never negative; rates and growth may be. */
    public static ValidRange defaultFor(Aggregation aggregation) {
        return aggregation == Aggregation.MEAN ? ANY : new ValidRange(0.0, null);
    }

    /** This range with the bounds of {@code other} where they are set. */
    public ValidRange overriddenBy(Double otherMin, Double otherMax) {
        return new ValidRange(otherMin != null ? otherMin : min, otherMax != null ? otherMax : max);
    }

    public boolean accepts(double value) {
        return Double.isFinite(value) && (min == null || value >= min) && (max == null || value <= max);
    }
}
