package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.ReportHistoryEntry;

/** Citizen reports for queue tests: only what the queue looks at varies. */
public final class QueueReports {
    private QueueReports() {}

    /** A report; {@code workflow} decides Open311's status the way the workflow maps it. */
    public static CitizenReport report(
            String id,
            Instant requested,
            Instant expected,
            String workflow,
            String priority,
            String serviceCode,
            String commune,
            String agency,
            String description) {
        boolean closed = workflow != null
                && List.of("resolved", "closed", "rejected", "duplicate").contains(workflow);
        return new CitizenReport(
                id,
                closed ? CitizenReport.OpenStatus.CLOSED : CitizenReport.OpenStatus.OPEN,
                null,
                serviceCode == null ? null : "Dịch vụ " + serviceCode,
                serviceCode,
                description,
                agency,
                null,
                requested,
                requested,
                expected,
                "Tổ 5, Phường Phan Đình Phùng",
                null,
                null,
                21.59,
                105.84,
                null,
                priority,
                workflow,
                commune,
                "app",
                null,
                requested == null ? List.of() : List.of(new ReportHistoryEntry(requested, "received", null, "app")));
    }

    /** Writes the reports as one page of a source and indexes their words, as a sync does. */
    public static void write(CacheDatabase db, List<CitizenReport> reports) {
        new CacheWriter(db, new HistoryCodec(TestCaches.mapper()))
                .writePage(
                        "reports", Contract.OPEN311, new Page<>(reports, List.of(), "c", false, null), Instant.EPOCH);
        new ReportWordIndexer(db, ids -> {}).catchUp();
    }
}
