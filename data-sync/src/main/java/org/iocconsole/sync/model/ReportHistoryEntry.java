package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.Objects;

/** One step of a citizen report's workflow. */
public record ReportHistoryEntry(Instant at, String status, String note, String actor) {

    public ReportHistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
    }
}
