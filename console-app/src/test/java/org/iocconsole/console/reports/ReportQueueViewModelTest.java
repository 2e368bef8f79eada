package org.iocconsole.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.console.testing.TestQueues;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.cache.QueueFilter;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.outbox.OutboxEntry;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.iocconsole.sync.reports.SlaState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportQueueViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    private SampleCache cache;
    private ReportQueueViewModel vm;

    @BeforeEach
    void open() {
        cache = new SampleCache(dir);
        List<CitizenReport> reports = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            reports.add(SampleCache.report(
                    String.format("TN-%04d", i),
                    i % 5 == 0 ? "assigned" : "received",
                    NOW.minus(Duration.ofMinutes(10L * (250 - i))),
                    NOW.plus(Duration.ofHours(i - 10))));
        }
        cache.write(Contract.OPEN311, reports);
        vm = new ReportQueueViewModel(
                TestQueues.over(cache.database(), clock, dir.resolve("media")),
                new SimpleObjectProperty<>(DataFreshness.NONE),
                clock,
                Runnable::run,
                Runnable::run);
        vm.setGate(AccessGate.signedIn(new LocalUser(TestQueues.ACTOR, "", Role.OPERATOR), false));
        vm.start();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void opensWithOnePageAndReadsMoreAsTheOperatorScrolls() {
        assertThat(vm.getItems()).hasSize(ReportQueueViewModel.PAGE);
        assertThat(vm.getItems().get(0).id()).as("newest first").isEqualTo("TN-0249");
        assertThat(vm.hasMoreProperty().get()).isTrue();
        assertThat(vm.counts().statusCountsProperty().get())
                .containsEntry("received", 200L)
                .containsEntry("assigned", 50L);
        assertThat(vm.counts().deadlinesProperty().get().overdue()).isEqualTo(10);

        vm.loadMore();
        vm.loadMore();

        assertThat(vm.getItems()).hasSize(250);
        assertThat(vm.getItems()).extracting(QueueItem::id).doesNotHaveDuplicates();
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void aFilterReadsItsFirstPage() {
        vm.filterProperty().set(QueueFilter.all().withStatuses(Set.of("assigned")));

        assertThat(vm.getItems())
                .hasSize(50)
                .allMatch(i -> i.getRow().workflowStatus().equals("assigned"));
        assertThat(vm.hasMoreProperty().get()).isFalse();

        vm.filterProperty().set(QueueFilter.all().withDeadline(QueueFilter.Deadline.OVERDUE));
        assertThat(vm.getItems()).extracting(QueueItem::id).contains("TN-0000").hasSize(10);
    }

    @Test
    void reportsFromASyncArriveFreshWithoutLosingTheSelection() {
        vm.loadMore();
        QueueItem chosen = vm.getItems().get(150);
        vm.selectedProperty().set(chosen);

        cache.write(Contract.OPEN311, List.of(SampleCache.report("TN-9999", "received", NOW, NOW.plusSeconds(3600))));
        vm.onChange(new ChangeEvent("open311", Contract.OPEN311, List.of("TN-9999"), NOW));

        assertThat(vm.getItems()).as("the loaded pages are read again").hasSize(200);
        assertThat(vm.hasMoreProperty().get()).isTrue();
        assertThat(vm.getItems().get(0).id()).isEqualTo("TN-9999");
        assertThat(vm.getItems().get(0).isFresh()).isTrue();
        assertThat(vm.getItems().get(1).isFresh()).isFalse();
        assertThat(vm.selectedProperty().get()).isSameAs(chosen);
        assertThat(vm.getItems().get(151)).isSameAs(chosen);

        clock.advance(ReportQueueViewModel.FRESH_FOR);
        vm.tick();
        assertThat(vm.getItems().get(0).isFresh()).isFalse();
    }

    @Test
    void actionsAreQueuedAndRefusalsSaidWithoutChangingAnything() {
        vm.selectedProperty().set(vm.getItems().get(0));
        assertThat(vm.detailProperty().get().detail().report().serviceRequestId())
                .isEqualTo("TN-0249");

        vm.actions().acknowledge();

        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.info("reports.queue.done.acknowledge", "TN-0249"));
        assertThat(vm.getItems().get(0).getRow().workflowStatus()).isEqualTo("classified");
        assertThat(vm.detailProperty().get().detail().report().workflowStatus()).isEqualTo("classified");

        vm.actions().acknowledge();

        assertThat(vm.noticeProperty().get().key()).isEqualTo("reports.queue.refused.not-allowed");
        assertThat(vm.noticeProperty().get().error()).isTrue();
        List<OutboxEntry> queued = new OutboxRepository(cache.database()).pending();
        assertThat(queued).extracting(OutboxEntry::kind).containsExactly("report.acknowledge");
        assertThat(queued.get(0).actor()).isEqualTo(TestQueues.ACTOR);
    }

    @Test
    void aLeaderOrATrainerOnLiveSourcesIsRefusedAndNothingIsQueued() {
        vm.selectedProperty().set(vm.getItems().get(0));

        vm.setGate(AccessGate.signedIn(new LocalUser("lanhdao", "", Role.LEADER), false));
        vm.actions().acknowledge();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.error(AccessGate.REFUSED_ROLE));
        vm.setGate(AccessGate.signedIn(new LocalUser("huanluyen", "", Role.TRAINER), false));
        vm.actions().assign("Sở Xây dựng", "gấp");
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.error(AccessGate.REFUSED_TRAINER_LIVE));

        assertThat(new OutboxRepository(cache.database()).pending()).isEmpty();
        assertThat(vm.getItems().get(0).getRow().workflowStatus()).isEqualTo("received");
    }

    @Test
    void triageMovesToTheNextReportWhenTheChosenOneLeavesTheFilter() {
        vm.filterProperty().set(QueueFilter.all().withStatuses(Set.of("received")));
        QueueItem second = vm.getItems().get(1);
        vm.selectedProperty().set(vm.getItems().get(0));

        vm.actions().acknowledge();

        assertThat(vm.getItems()).extracting(QueueItem::id).doesNotContain("TN-0249");
        assertThat(vm.selectedProperty().get()).isSameAs(second);
    }

    @Test
    void deadlinesCountDownOnTheClock() {
        QueueItem item = vm.getItems().stream()
                .filter(i -> i.id().equals("TN-0200"))
                .findFirst()
                .orElseThrow();
        // Due 190 h after NOW; at risk in the last 24 h.
        assertThat(vm.slaState(item.getRow())).isEqualTo(SlaState.ON_TIME);
        clock.advance(Duration.ofHours(167));
        vm.tick();
        assertThat(vm.slaState(item.getRow())).isEqualTo(SlaState.AT_RISK);
        clock.advance(Duration.ofHours(24));
        vm.tick();
        assertThat(vm.slaState(item.getRow())).isEqualTo(SlaState.OVERDUE);
    }

    @Test
    void moreOverdueReportsEscalateToTheOperatorAndTheAlertRules() {
        AtomicInteger escalations = new AtomicInteger();
        vm.counts().onEscalation(escalations::incrementAndGet);
        assertThat(vm.counts().deadlinesProperty().get().overdue()).isEqualTo(10);

        clock.advance(Duration.ofSeconds(20));
        vm.tick();
        assertThat(escalations).as("nothing more is overdue").hasValue(0);

        clock.advance(Duration.ofHours(10).minusSeconds(20));
        vm.tick();
        assertThat(escalations).hasValue(1);

        assertThat(vm.counts().deadlinesProperty().get().overdue()).isEqualTo(20);
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.error("reports.queue.notice.escalated", 10L, 20L));
    }

    @Test
    void savedFiltersComeBack() {
        vm.filterProperty().set(QueueFilter.all().withDeadline(QueueFilter.Deadline.OVERDUE));
        vm.savedFilters().save("Quá hạn");
        vm.filterProperty().set(QueueFilter.all());

        assertThat(vm.savedFilters().getSaved()).extracting(s -> s.name()).containsExactly("Quá hạn");
        vm.savedFilters().apply(vm.savedFilters().getSaved().get(0));

        assertThat(vm.filterProperty().get().deadline()).isEqualTo(QueueFilter.Deadline.OVERDUE);
        assertThat(vm.getItems()).hasSize(10);
    }

    @Test
    void aDeletedSavedFilterIsGoneAndTheOthersStay() {
        vm.filterProperty().set(QueueFilter.all().withDeadline(QueueFilter.Deadline.OVERDUE));
        vm.savedFilters().save("Quá hạn");
        vm.filterProperty().set(QueueFilter.all().withDeadline(QueueFilter.Deadline.AT_RISK));
        vm.savedFilters().save("Sắp quá hạn");

        vm.savedFilters()
                .delete(vm.savedFilters().getSaved().stream()
                        .filter(saved -> saved.name().equals("Quá hạn"))
                        .findFirst()
                        .orElseThrow());

        assertThat(vm.savedFilters().getSaved()).extracting(s -> s.name()).containsExactly("Sắp quá hạn");
    }
}
