package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.cache.SampleRows.T0;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewQueriesTest {
    /** 01:00 on 1 July 2025 in Vietnam, still 30 June in UTC. */
    private static final Instant FIRST_HOUR_OF_REFORM = Instant.parse("2025-06-30T18:00:00Z");

    @TempDir
    Path dir;

    private CacheDatabase db;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "cache");
        AdminUnit merged = SampleRows.commune("05443");
        AdminUnit old = new AdminUnit(
                "commune/05452/origin",
                "05452",
                UnitLevel.COMMUNE,
                "Quang Trung",
                null,
                "Phường Quang Trung",
                null,
                "Phường",
                "164",
                null,
                LocalDate.of(2025, 6, 30),
                null,
                Instant.EPOCH);
        AdminUnit otherOld = new AdminUnit(
                "commune/05455/origin",
                "05455",
                UnitLevel.COMMUNE,
                "Hoàng Văn Thụ",
                null,
                "Phường Hoàng Văn Thụ",
                null,
                "Phường",
                "164",
                null,
                LocalDate.of(2025, 6, 30),
                null,
                Instant.EPOCH);
        new CacheWriter(db, new HistoryCodec(TestCaches.mapper()))
                .writePage(
                        "admin-units", Contract.ADMIN_UNITS, Page.last(List.of(merged, old, otherOld), "c", null), T0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void countsTheCommunesInForceOnTheDayGiven() {
        OverviewQueries overview = new OverviewQueries(db);

        assertThat(overview.counts(FIRST_HOUR_OF_REFORM, LocalDate.of(2025, 7, 1))
                        .communes())
                .isEqualTo(1);
        assertThat(overview.counts(FIRST_HOUR_OF_REFORM, LocalDate.of(2025, 6, 30))
                        .communes())
                .isEqualTo(2);
    }

    @Test
    void withoutADayTheUtcDateOfTheInstantCounts() {
        OverviewQueries overview = new OverviewQueries(db);

        assertThat(overview.counts(FIRST_HOUR_OF_REFORM))
                .isEqualTo(overview.counts(FIRST_HOUR_OF_REFORM, LocalDate.of(2025, 6, 30)));
    }
}
