package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.testing.Events;
import org.iocconsole.console.testing.ManualExecutor;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.cache.OverviewQueries;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant T0 = Instant.parse("2026-11-22T03:32:00Z");
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;

    private SampleCache cache;
    private final MutableClock clock = new MutableClock(T0, VIETNAM);
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void fill() {
        cache = new SampleCache(dir);
        cache.write(
                Contract.OPEN311,
                List.of(
                        SampleCache.report(
                                "TN-1", "assigned", T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(1))),
                        SampleCache.report(
                                "TN-2",
                                CitizenReport.OpenStatus.CLOSED,
                                "closed",
                                T0.minus(Duration.ofDays(3)),
                                T0.minus(Duration.ofDays(1)))));
        cache.write(
                Contract.CAMERAS,
                List.of(
                        SampleCache.camera("CAM-1", "Ngã tư Đồng Quang", "Phan Đình Phùng", Camera.Status.ONLINE),
                        SampleCache.camera("CAM-2", "Cầu Gia Bảy", "Phan Đình Phùng", Camera.Status.OFFLINE),
                        SampleCache.camera("CAM-3", "Chợ Thái", "Phan Đình Phùng", Camera.Status.MAINTENANCE)));
        cache.write(
                Contract.ADMIN_UNITS,
                List.of(
                        SampleCache.commune("05443", "Phan Đình Phùng", "Phường", REFORM, null),
                        SampleCache.commune(
                                "05452", "Quang Trung", "Phường", LocalDate.of(2008, 1, 1), REFORM.minusDays(1))));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private OverviewViewModel model(Executor background) {
        OverviewQueries queries = new OverviewQueries(cache.database());
        OverviewViewModel vm = new OverviewViewModel(
                (now, today) -> {
                    reads.incrementAndGet();
                    return queries.counts(now, today);
                },
                new SimpleObjectProperty<>(DataFreshness.NONE),
                clock,
                background,
                Runnable::run);
        vm.start();
        return vm;
    }

    private static long value(OverviewViewModel vm, Kpi kpi) {
        return vm.valueProperty(kpi).get();
    }

    @Test
    void showsTheCountsOfTheCache() {
        OverviewViewModel vm = model(Runnable::run);

        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(value(vm, Kpi.REPORTS_OPEN)).isEqualTo(1);
        assertThat(value(vm, Kpi.REPORTS_OVERDUE)).isZero();
        assertThat(value(vm, Kpi.REPORTS_LAST_DAY)).isEqualTo(1);
        assertThat(value(vm, Kpi.REPORTS_TOTAL)).isEqualTo(2);
        assertThat(value(vm, Kpi.CAMERAS_ONLINE)).isEqualTo(1);
        assertThat(value(vm, Kpi.CAMERAS_OFFLINE)).isEqualTo(2);
        assertThat(value(vm, Kpi.COMMUNES)).isEqualTo(1);
        assertThat(value(vm, Kpi.FACILITIES)).isZero();
    }

    @Test
    void overdueFlipsWhenTheClockPassesTheDeadline() {
        OverviewViewModel vm = model(Runnable::run);
        assertThat(vm.alertProperty(Kpi.REPORTS_OVERDUE).get()).isFalse();

        clock.advance(Duration.ofMinutes(59));
        vm.tick();
        assertThat(value(vm, Kpi.REPORTS_OVERDUE)).isZero();

        clock.advance(Duration.ofMinutes(2));
        vm.tick();
        assertThat(value(vm, Kpi.REPORTS_OVERDUE)).isEqualTo(1);
        assertThat(vm.alertProperty(Kpi.REPORTS_OVERDUE).get()).isTrue();
        assertThat(vm.alertProperty(Kpi.REPORTS_OPEN).get()).isFalse();
    }

    @Test
    void readsAgainOnAChangeOfAContractItShowsOnly() {
        OverviewViewModel vm = model(Runnable::run);
        cache.write(Contract.OPEN311, List.of(SampleCache.report("TN-3", "received", T0, T0.plus(Duration.ofDays(5)))));

        vm.onChange(Events.changed(Contract.DOSSIER_STATS));
        assertThat(reads).hasValue(1);
        assertThat(value(vm, Kpi.REPORTS_TOTAL)).isEqualTo(2);

        vm.onChange(Events.changed(Contract.OPEN311));
        assertThat(reads).hasValue(2);
        assertThat(value(vm, Kpi.REPORTS_TOTAL)).isEqualTo(3);
    }

    @Test
    void aBurstOfChangesCostsOneMoreRead() {
        ManualExecutor background = new ManualExecutor();
        OverviewViewModel vm = model(background);
        for (Contract contract : OverviewViewModel.CONTRACTS) {
            vm.onChange(Events.changed(contract));
        }

        while (background.runQueued() > 0) {
            // Run until nothing is asked any more.
        }

        assertThat(reads).hasValue(2);
    }

    @Test
    void countsTheCommunesInForceOnTheDayInVietnam() {
        cache.write(
                Contract.ADMIN_UNITS,
                List.of(SampleCache.commune(
                        "05455", "Hoàng Văn Thụ", "Phường", LocalDate.of(2008, 1, 1), REFORM.minusDays(1))));
        // 00:30 on 1 July 2025 in Vietnam, when the UTC date is still 30 June and two old wards were in force.
        MutableClock reformNight = new MutableClock(Instant.parse("2025-06-30T17:30:00Z"), VIETNAM);
        OverviewQueries queries = new OverviewQueries(cache.database());
        OverviewViewModel vm = new OverviewViewModel(
                queries::counts,
                new SimpleObjectProperty<>(DataFreshness.NONE),
                reformNight,
                Runnable::run,
                Runnable::run);

        vm.start();

        assertThat(value(vm, Kpi.COMMUNES)).isEqualTo(1);
    }
}
