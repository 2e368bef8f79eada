package org.iocconsole.sync.model;

/** Checks shared by the statistics records. */
final class Counts {
    private Counts() {}

    static void requireNonNegative(int... counts) {
        for (int count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("a count is negative: " + count);
            }
        }
    }
}
