package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.Objects;

/** Public-service dossiers (thủ tục hành chính) handled by an agency of a unit in a month. */
public record DossierStat(
        String unitCode,
        String agency,
        Period period,
        int received,
        int resolved,
        int resolvedOnTime,
        int overdue,
        int online,
        Instant updatedAt) {

    public DossierStat {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Counts.requireNonNegative(received, resolved, resolvedOnTime, overdue, online);
    }
}
