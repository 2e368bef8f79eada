package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.Objects;

/** Electronic documents (văn bản điện tử) handled by an agency of a unit in a month. */
public record DocumentStat(
        String unitCode,
        String agency,
        Period period,
        int incoming,
        int outgoing,
        int processedOnTime,
        int overdue,
        Instant updatedAt) {

    public DocumentStat {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Counts.requireNonNegative(incoming, outgoing, processedOnTime, overdue);
    }
}
