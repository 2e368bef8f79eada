package org.iocconsole.sync.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The citizen reports and everything that moves them: the history of the year before the anchor, new reports hour
 * by hour, planned workflow steps, citizens' submissions and operators' actions. Thread-safe: one lock guards the
 * reports; {@link #read(Instant, Supplier)} first applies the changes due.
 */
final class ReportDesk {
    final long seed;
    final ProvinceGeography geography;
    final ReportGenerator generator;
    final ReportPlanner planner;
    final ReportStore store;
    private final ChangeScheduler scheduler = new ChangeScheduler();
    private final Instant anchor;

    ReportDesk(long seed, Instant anchor, ProvinceGeography geography, ProvinceProfile profile, ReportTexts texts) {
        this.seed = seed;
        this.anchor = anchor;
        this.geography = geography;
        this.generator = new ReportGenerator(seed, geography, profile, texts);
        this.planner = new ReportPlanner(texts);
        this.store = new ReportStore(profile.requestPrefix());
        List<ReportDraft> history = generator.history(anchor);
        if (!history.isEmpty()) {
            // About as many reports came in earlier that year as the yearly rate gives for those days.
            ZonedDateTime first = history.get(0).report().requestedAt.atZone(Json.VN);
            store.continueNumbering(first.getYear(), (first.getDayOfYear() - 1) * ReportGenerator.YEARLY_REPORTS / 365);
        }
        for (ReportDraft draft : history) {
            admit(draft, anchor);
        }
        Instant firstHour = anchor.truncatedTo(ChronoUnit.HOURS);
        scheduler.schedule(anchor, "hour", at -> openHour(firstHour));
    }

    /** Applies the changes due by {@code now}, then runs {@code reader} under the lock. */
    synchronized <T> T read(Instant now, Supplier<T> reader) {
        scheduler.runUntil(now);
        return reader.get();
    }

    /** Generates the reports of one virtual hour and schedules their arrival. */
    private void openHour(Instant hourStart) {
        for (ReportDraft draft : generator.hour(hourStart, anchor)) {
            scheduler.schedule(draft.report().requestedAt, "arrival/" + draft.order(), at -> admit(draft, at));
        }
        Instant next = hourStart.plus(Duration.ofHours(1));
        scheduler.schedule(next, "hour", at -> openHour(next));
    }

    /** Gives a report its id and plan, shows the steps due by {@code now} and schedules the rest. Under the lock. */
    void admit(ReportDraft draft, Instant now) {
        Report report = draft.report();
        report.id = store.nextId(report.requestedAt);
        String duplicateOf = draft.wish() == ReportPlanner.Outcome.DUPLICATE ? store.similarRecent(report) : null;
        ReportPlanner.Outcome outcome = draft.wish() == ReportPlanner.Outcome.DUPLICATE && duplicateOf == null
                ? ReportPlanner.Outcome.HANDLED
                : draft.wish();
        report.duplicateOf = duplicateOf;
        report.plan.addAll(
                planner.plan(DemoRandom.of(seed, "plan", draft.order()), report, draft.agency(), outcome, duplicateOf));
        report.revealUntil(now);
        report.updatedAt = store.stampFor(report.id, report.updatedAt);
        store.add(report);
        scheduleNextStep(report);
    }

    /**
     * Adds a report a scenario scripts: received and nothing planned, so it waits for the operators (or for the
     * scenario's own updates). Under the lock.
     */
    void admitScripted(Report report) {
        report.id = store.nextId(report.requestedAt);
        report.record(ReportPlanner.received(report));
        report.updatedAt = store.stampFor(report.id, report.updatedAt);
        store.add(report);
    }

    /** Runs {@code change} when virtual time reaches {@code at}, in order with the desk's own changes. */
    void schedule(Instant at, String key, Consumer<Instant> change) {
        scheduler.schedule(at, key, change);
    }

    /** (Re)schedules the report's next planned step, or forgets it when none is left. Under the lock. */
    void scheduleNextStep(Report report) {
        Instant next = report.nextPlannedAt();
        if (next == null) {
            scheduler.cancel(report.id);
        } else {
            scheduler.schedule(next, report.id, at -> {
                store.update(report, at, () -> report.revealUntil(at));
                scheduleNextStep(report);
            });
        }
    }
}
