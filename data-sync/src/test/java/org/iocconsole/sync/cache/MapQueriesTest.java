package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.cache.SampleRows.T0;

import java.nio.file.Path;
import java.util.List;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Observation;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.Period;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapQueriesTest {
    @TempDir
    Path dir;

    private CacheDatabase db;
    private CacheWriter writer;
    private MapQueries map;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        writer = new CacheWriter(db, new HistoryCodec(TestCaches.mapper()));
        map = new MapQueries(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void write(Contract contract, List<?> rows) {
        writer.writePage(contract.wireName(), contract, Page.last(rows, "c", null), T0);
    }

    @Test
    void reportsWithALocationComeWithStateAndDeadline() {
        CitizenReport located = SampleRows.report("TN-1", "assigned", T0);
        CitizenReport nowhere = new CitizenReport(
                "TN-2",
                CitizenReport.OpenStatus.OPEN,
                null,
                null,
                null,
                null,
                null,
                null,
                T0,
                T0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "received",
                null,
                null,
                null,
                null);
        write(Contract.OPEN311, List.of(located, nowhere));

        List<ReportLocation> reports = map.reportLocations();
        assertThat(reports).hasSize(1);
        ReportLocation report = reports.get(0);
        assertThat(report.id()).isEqualTo("TN-1");
        assertThat(report.lat()).isEqualTo(21.5921);
        assertThat(report.open()).isTrue();
        assertThat(report.workflowStatus()).isEqualTo("assigned");
        assertThat(report.overdueAt(T0.plusSeconds(86_400))).isFalse();
        assertThat(report.overdueAt(T0.plusSeconds(6 * 86_400))).isTrue();
    }

    @Test
    void facilitiesAndLineageReadBack() {
        write(Contract.FACILITIES, List.of(SampleRows.hospital()));
        write(Contract.UNIT_CHANGES, List.of(SampleRows.change()));
        assertThat(map.facilities()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("hospital");
            assertThat(f.capacity()).isEqualTo(1500);
        });
        assertThat(map.unitChanges(UnitLevel.COMMUNE)).singleElement().satisfies(c -> {
            assertThat(c.oldName()).isEqualTo("Phường Tân Thịnh");
            assertThat(c.newCode()).isEqualTo("05443");
        });
        assertThat(map.unitChanges(UnitLevel.PROVINCE)).isEmpty();
    }

    @Test
    void latestValuesTakeEachUnitsLastReportedPeriod() {
        write(Contract.INDICATORS, List.of(SampleRows.indicator()));
        write(
                Contract.OBSERVATIONS,
                List.of(
                        new Observation("PS_ONTIME_RATE", "05443", Period.parse("2026-09"), 91.0, T0),
                        new Observation("PS_ONTIME_RATE", "05443", Period.parse("2026-10"), 95.5, T0),
                        new Observation("PS_ONTIME_RATE", "05444", Period.parse("2026-09"), 88.0, T0),
                        new Observation("PS_ONTIME_RATE", "05444", Period.parse("2026-10"), null, T0)));

        assertThat(map.latestValues("PS_ONTIME_RATE"))
                .extracting(UnitValue::unitCode, UnitValue::value, UnitValue::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("05443", 95.5, "2026-10"),
                        org.assertj.core.groups.Tuple.tuple("05444", 88.0, "2026-09"));
        assertThat(map.mappableIndicators()).extracting(i -> i.code()).containsExactly("PS_ONTIME_RATE");
    }
}
