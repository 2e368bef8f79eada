package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.model.DocumentStat;

final class DocumentStatRows extends RowWriter<DocumentStat> {
    DocumentStatRows() {
        super(
                "document_stat",
                List.of("unit_code", "agency", "period"),
                List.of(
                        "unit_code",
                        "agency",
                        "period",
                        "period_start",
                        "incoming",
                        "outgoing",
                        "processed_on_time",
                        "overdue",
                        "updated_at",
                        "synced_at"));
    }

    @Override
    String key(DocumentStat row) {
        return row.unitCode();
    }

    @Override
    Object[] values(DocumentStat row, Instant syncedAt) {
        return new Object[] {
            row.unitCode(),
            row.agency(),
            row.period().text(),
            row.period().start(),
            row.incoming(),
            row.outgoing(),
            row.processedOnTime(),
            row.overdue(),
            Sql.utc(row.updatedAt()),
            Sql.utc(syncedAt)
        };
    }
}
