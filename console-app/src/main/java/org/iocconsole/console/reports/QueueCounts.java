package org.iocconsole.console.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.cache.ReportQueue;

/**
 * The counts over the whole report queue: reports per workflow status, and open reports overdue and at risk. Read
 * after the queue's rows (the table shows first), again after a sync or an action, and the deadline counts every
 * {@link #EVERY} as time passes. More overdue reports than at the previous read is an escalation: the operator is told
 * at once and the escalation hook runs (the wiring evaluates the alert rules on it). FX thread only.
 */
public final class QueueCounts {
    /** How often the deadline counts are read again as time passes. */
    static final Duration EVERY = Duration.ofSeconds(30);

    private record Counts(Map<String, Long> byStatus, ReportQueue.DeadlineCounts deadlines) {}

    private final QueueServices services;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Consumer<Notice> notices;
    private final Requery<Counts> reads;
    private final ReadOnlyObjectWrapper<Map<String, Long>> byStatus =
            new ReadOnlyObjectWrapper<>(this, "statusCounts", Map.of());
    private final ReadOnlyObjectWrapper<ReportQueue.DeadlineCounts> deadlines =
            new ReadOnlyObjectWrapper<>(this, "deadlines", new ReportQueue.DeadlineCounts(0, 0));
    private Runnable escalation = () -> {};
    private Instant readAt = Instant.MIN;
    private boolean seen;

    QueueCounts(QueueServices services, Clock clock, Executor background, Executor fx, Consumer<Notice> notices) {
        this.services = services;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        this.notices = notices;
        this.reads = new Requery<>("report counts", this::read, background, fx, this::apply);
    }

    /** Reads every count again. */
    void request() {
        reads.request();
    }

    /** Reads the deadline counts again when {@link #EVERY} has passed since the last read. */
    void tick(Instant now) {
        if (Duration.between(readAt, now).compareTo(EVERY) < 0) {
            return;
        }
        readAt = now;
        background.execute(() -> {
            ReportQueue.DeadlineCounts read = services.queue().deadlineCounts(now);
            fx.execute(() -> setDeadlines(read));
        });
    }

    /** Runs on the FX thread whenever more reports are overdue than at the previous read. */
    public void onEscalation(Runnable hook) {
        this.escalation = hook;
    }

    /** Reports per workflow status in the whole cache ("" for none). */
    public ReadOnlyObjectProperty<Map<String, Long>> statusCountsProperty() {
        return byStatus.getReadOnlyProperty();
    }

    /** Open reports overdue and at risk, at the latest read. */
    public ReadOnlyObjectProperty<ReportQueue.DeadlineCounts> deadlinesProperty() {
        return deadlines.getReadOnlyProperty();
    }

    private Counts read() {
        ReportQueue queue = services.queue();
        return new Counts(queue.statusCounts(), queue.deadlineCounts(clock.instant()));
    }

    private void apply(Counts read) {
        byStatus.set(Map.copyOf(read.byStatus()));
        setDeadlines(read.deadlines());
        readAt = clock.instant();
    }

    private void setDeadlines(ReportQueue.DeadlineCounts read) {
        long before = deadlines.get().overdue();
        boolean first = !seen;
        seen = true;
        deadlines.set(read);
        if (!first && read.overdue() > before) {
            notices.accept(Notice.error("reports.queue.notice.escalated", read.overdue() - before, read.overdue()));
            escalation.run();
        }
    }
}
