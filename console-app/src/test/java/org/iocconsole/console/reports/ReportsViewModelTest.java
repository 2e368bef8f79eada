package org.iocconsole.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.testing.Events;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.cache.ReportQueries;
import org.iocconsole.sync.cache.ReportSummary;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-22T03:32:00Z");

    @TempDir
    Path dir;

    private SampleCache cache;
    private final MutableClock clock = new MutableClock(T0, ZoneId.of("Asia/Ho_Chi_Minh"));
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void fill() {
        cache = new SampleCache(dir);
        cache.write(
                Contract.ADMIN_UNITS,
                List.of(SampleCache.commune("05443", "Phan Đình Phùng", "Phường", LocalDate.of(2025, 7, 1), null)));
        cache.write(
                Contract.OPEN311,
                List.of(
                        SampleCache.report(
                                "TN-1", "assigned", T0.minus(Duration.ofHours(3)), T0.plus(Duration.ofHours(1))),
                        SampleCache.report(
                                "TN-2",
                                CitizenReport.OpenStatus.CLOSED,
                                "resolved",
                                T0.minus(Duration.ofHours(2)),
                                T0.minus(Duration.ofHours(1)))));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private ReportsViewModel model(IntFunction<List<ReportSummary>> load) {
        ReportsViewModel vm = new ReportsViewModel(
                limit -> {
                    reads.incrementAndGet();
                    return load.apply(limit);
                },
                new SimpleObjectProperty<>(DataFreshness.NONE),
                clock,
                Runnable::run,
                Runnable::run);
        vm.start();
        return vm;
    }

    private ReportsViewModel model() {
        return model(new ReportQueries(cache.database())::latest);
    }

    private static List<String> ids(ReportsViewModel vm) {
        return vm.getItems().stream().map(ReportItem::id).toList();
    }

    @Test
    void listsTheLatestReportsNewestFirstWithTheirCommune() {
        ReportsViewModel vm = model();

        assertThat(ids(vm)).containsExactly("TN-2", "TN-1");
        ReportSummary first = vm.getItems().get(1).getSummary();
        assertThat(first.communeName()).isEqualTo("Phường Phan Đình Phùng");
        assertThat(first.workflowStatus()).isEqualTo("assigned");
        assertThat(first.priority()).isEqualTo("high");
        assertThat(vm.loadedProperty().get()).isTrue();
    }

    @Test
    void asksForTheLatestFiveHundred() {
        AtomicInteger asked = new AtomicInteger();
        model(limit -> {
            asked.set(limit);
            return List.of();
        });

        assertThat(asked).hasValue(500);
    }

    @Test
    void anOpenReportBecomesOverdueWhenTheClockPassesItsDeadline() {
        ReportsViewModel vm = model();
        ReportItem open = vm.getItems().get(1);
        ReportItem closed = vm.getItems().get(0);
        assertThat(open.isOverdue()).isFalse();
        assertThat(vm.overdueCountProperty().get()).isZero();

        clock.advance(Duration.ofMinutes(61));
        vm.tick();

        assertThat(open.isOverdue()).isTrue();
        assertThat(closed.isOverdue()).as("a closed report is never overdue").isFalse();
        assertThat(vm.overdueCountProperty().get()).isEqualTo(1);
        assertThat(reads).as("the clock alone needs no read").hasValue(1);
    }

    @Test
    void keepsTheSelectionWhenNewReportsArrive() {
        ReportsViewModel vm = model();
        ReportItem selected = vm.getItems().get(1);
        vm.selectedProperty().set(selected);
        cache.write(
                Contract.OPEN311,
                List.of(
                        SampleCache.report("TN-3", "received", T0, T0.plus(Duration.ofDays(5))),
                        SampleCache.report(
                                "TN-1", "in_progress", T0.minus(Duration.ofHours(3)), T0.plus(Duration.ofHours(1)))));

        vm.onChange(Events.changed(Contract.OPEN311));

        assertThat(ids(vm)).containsExactly("TN-3", "TN-2", "TN-1");
        assertThat(vm.selectedProperty().get()).isSameAs(selected);
        assertThat(vm.getItems().get(2)).isSameAs(selected);
        assertThat(selected.getSummary().workflowStatus()).isEqualTo("in_progress");
    }

    @Test
    void aReportThatLeavesTheListTakesTheSelectionWithIt() {
        ReportQueries queries = new ReportQueries(cache.database());
        ReportsViewModel vm = model(limit -> queries.latest(2));
        vm.selectedProperty().set(vm.getItems().get(1));
        cache.write(Contract.OPEN311, List.of(SampleCache.report("TN-3", "received", T0, T0.plus(Duration.ofDays(5)))));

        vm.onChange(Events.changed(Contract.OPEN311));

        assertThat(ids(vm)).containsExactly("TN-3", "TN-2");
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void readsAgainOnReportsAndUnitsOnly() {
        ReportsViewModel vm = model();

        vm.onChange(Events.changed(Contract.CAMERAS));
        vm.onChange(Events.changed(Contract.INDICATORS));
        assertThat(reads).hasValue(1);

        vm.onChange(Events.changed(Contract.OPEN311));
        vm.onChange(Events.changed(Contract.ADMIN_UNITS));
        assertThat(reads).hasValue(3);
    }
}
