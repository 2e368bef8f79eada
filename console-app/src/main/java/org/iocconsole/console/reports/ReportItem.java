package org.iocconsole.console.reports;

import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.iocconsole.sync.cache.ReportSummary;

/**
 * One report in the reports list. The item stays as long as the report is among the latest, so selection survives
 * refreshes; each read replaces its summary, and the clock moves its overdue mark. FX thread only.
 */
public final class ReportItem {
    private final String id;
    private final ReadOnlyObjectWrapper<ReportSummary> summary;
    private final ReadOnlyBooleanWrapper overdue = new ReadOnlyBooleanWrapper(this, "overdue");

    ReportItem(ReportSummary initial) {
        this.id = initial.id();
        this.summary = new ReadOnlyObjectWrapper<>(this, "summary", initial);
    }

    /** Whether a report is open and past its deadline at {@code now}; the same rule as the overview's count. */
    static boolean isOverdue(ReportSummary report, Instant now) {
        return report.open()
                && report.expectedAt() != null
                && report.expectedAt().isBefore(now);
    }

    public String id() {
        return id;
    }

    public ReadOnlyObjectProperty<ReportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReportSummary getSummary() {
        return summary.get();
    }

    public ReadOnlyBooleanProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    public boolean isOverdue() {
        return overdue.get();
    }

    void update(ReportSummary value, Instant now) {
        summary.set(value);
        overdue.set(isOverdue(value, now));
    }

    void tick(Instant now) {
        overdue.set(isOverdue(summary.get(), now));
    }
}
