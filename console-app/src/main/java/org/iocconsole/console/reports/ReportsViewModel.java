package org.iocconsole.console.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.ListUpdates;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.cache.ReportSummary;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.model.Contract;

/**
 * The state of the citizen reports screen: the latest {@link #LIMIT} reports, newest first, each marked overdue from
 * the clock. Re-reads the cache off the FX thread when a change event of one of {@link #CONTRACTS} arrives; moves the
 * overdue marks on every {@link #tick()} without reading. Reports keep their item across reads, so the selection
 * stays. {@link #onChange} may be called on any thread; everything else is FX thread only.
 */
public final class ReportsViewModel implements ChangeListener {
    /** The contracts whose figures this screen shows: the reports, and the units that name their communes. */
    public static final Set<Contract> CONTRACTS = Set.of(Contract.OPEN311, Contract.ADMIN_UNITS);
    /** How many reports the list holds. */
    public static final int LIMIT = 500;

    private final Clock clock;
    private final Requery<List<ReportSummary>> reports;
    private final ReadOnlyObjectWrapper<DataFreshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");
    private final ObservableList<ReportItem> items = FXCollections.observableArrayList();
    private final ObservableList<ReportItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<ReportItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper overdueCount = new ReadOnlyIntegerWrapper(this, "overdueCount");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private Map<String, ReportItem> itemsById = new HashMap<>();

    /**
     * @param load reads the latest reports, at most the number given; blocking, run on {@code background}
     * @param freshness the freshness of the sources of {@link #CONTRACTS}
     * @param clock what overdue is measured against
     * @param background runs the cache reads
     * @param fx runs work on the FX thread
     */
    public ReportsViewModel(
            IntFunction<List<ReportSummary>> load,
            ObservableValue<DataFreshness> freshness,
            Clock clock,
            Executor background,
            Executor fx) {
        this.clock = clock;
        this.freshness.bind(freshness);
        this.now.set(clock.instant());
        this.reports = new Requery<>("latest reports", () -> load.apply(LIMIT), background, fx, this::apply);
    }

    /** Reads the reports for the first time. */
    public void start() {
        reports.request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (CONTRACTS.contains(event.contract())) {
            reports.request();
        }
    }

    /** Moves the overdue marks to the clock's new time; called periodically. */
    public void tick() {
        now.set(clock.instant());
        for (ReportItem item : items) {
            item.tick(now.get());
        }
        countOverdue();
    }

    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /** The latest reports, newest first. */
    public ObservableList<ReportItem> getItems() {
        return readOnlyItems;
    }

    /** The selected report; cleared when it leaves the list. */
    public ObjectProperty<ReportItem> selectedProperty() {
        return selected;
    }

    /** How many reports in the list are overdue. */
    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount.getReadOnlyProperty();
    }

    /** Whether the reports were read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The clock's time at the latest read or tick; the overdue marks are measured against it. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    private void apply(List<ReportSummary> read) {
        now.set(clock.instant());
        Map<String, ReportItem> next = new HashMap<>();
        List<ReportItem> wanted = new ArrayList<>(read.size());
        for (ReportSummary summary : read) {
            if (next.containsKey(summary.id())) {
                continue;
            }
            ReportItem item = itemsById.get(summary.id());
            if (item == null) {
                item = new ReportItem(summary);
            }
            item.update(summary, now.get());
            next.put(summary.id(), item);
            wanted.add(item);
        }
        itemsById = next;
        ListUpdates.update(items, wanted);
        ReportItem chosen = selected.get();
        if (chosen != null && itemsById.get(chosen.id()) != chosen) {
            selected.set(null);
        }
        countOverdue();
        loaded.set(true);
    }

    private void countOverdue() {
        int count = 0;
        for (ReportItem item : items) {
            if (item.isOverdue()) {
                count++;
            }
        }
        overdueCount.set(count);
    }
}
