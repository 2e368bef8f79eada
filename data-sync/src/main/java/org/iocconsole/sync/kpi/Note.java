package org.iocconsole.sync.kpi;

/** Why a figure is incomplete, withheld or to be read with care. Each is shown to the user as such. */
public enum Note {
    /** No figure at all in the window: shown as "no data", never as zero. */
    NO_DATA,
    /** Some periods of the window have no figure: the value covers the others only and is marked. */
    MISSING_PERIODS,
    /** A figure lies outside the indicator's valid range: it is left out and marked. */
    OUT_OF_RANGE,
    /** The indicator changed unit within the compared periods: no sum or comparison across the change. */
    UNIT_CHANGED,
    /** Figures of the units merged in the reform add up to the new unit's (through the lineage table). */
    REFORM_COMBINED,
    /** Figures of merged or split units cannot be combined (rates, partial transfers): withheld. */
    NOT_COMBINABLE,
    /** The target is zero: no attainment percentage. */
    TARGET_ZERO,
    /** The compared figure is zero: no percentage change. */
    BASE_ZERO
}
