package org.iocconsole.sync.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    void bind(PreparedStatement ps, DocumentStat row, Instant syncedAt) throws SQLException {
        ps.setString(1, row.unitCode());
        ps.setString(2, row.agency());
        ps.setString(3, row.period().text());
        Sql.setDate(ps, 4, row.period().start());
        ps.setInt(5, row.incoming());
        ps.setInt(6, row.outgoing());
        ps.setInt(7, row.processedOnTime());
        ps.setInt(8, row.overdue());
        Sql.setInstant(ps, 9, row.updatedAt());
        Sql.setInstant(ps, 10, syncedAt);
    }
}
