package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.cache.OverviewCounts;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.model.Contract;

/**
 * The state of the overview screen: one figure per {@link Kpi}, read from the cache off the FX thread when a change
 * event of one of {@link #CONTRACTS} arrives and on every {@link #tick()}, since overdue and "last 24 hours" move with
 * the clock. {@link #onChange} may be called on any thread; everything else is FX thread only.
 */
public final class OverviewViewModel implements ChangeListener {
    /** The contracts whose figures this screen shows; its "as of" covers their sources. */
    public static final Set<Contract> CONTRACTS = Set.of(
            Contract.OPEN311,
            Contract.CAMERAS,
            Contract.FACILITIES,
            Contract.ADMIN_UNITS,
            Contract.INDICATORS,
            Contract.OBSERVATIONS);

    private final ReadOnlyObjectWrapper<DataFreshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final Map<Kpi, ReadOnlyLongWrapper> values = new EnumMap<>(Kpi.class);
    private final Map<Kpi, ReadOnlyBooleanWrapper> alerts = new EnumMap<>(Kpi.class);
    private final Requery<OverviewCounts> counts;

    /**
     * @param load reads the counts at an instant, with the communes in force on a day; blocking, run on
     *     {@code background}
     * @param freshness the freshness of the sources of {@link #CONTRACTS}
     * @param clock the time the counts are read at; its zone decides what "today" is
     * @param background runs the cache reads
     * @param fx runs work on the FX thread
     */
    public OverviewViewModel(
            BiFunction<Instant, LocalDate, OverviewCounts> load,
            ObservableValue<DataFreshness> freshness,
            Clock clock,
            Executor background,
            Executor fx) {
        this.freshness.bind(freshness);
        for (Kpi kpi : Kpi.values()) {
            values.put(kpi, new ReadOnlyLongWrapper(this, kpi.name()));
            alerts.put(kpi, new ReadOnlyBooleanWrapper(this, kpi.name() + "Alert"));
        }
        this.counts = new Requery<>(
                "overview counts",
                () -> {
                    Instant now = clock.instant();
                    return load.apply(now, LocalDate.ofInstant(now, clock.getZone()));
                },
                background,
                fx,
                this::apply);
    }

    /** Reads the counts for the first time. */
    public void start() {
        counts.request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (CONTRACTS.contains(event.contract())) {
            counts.request();
        }
    }

    /** Reads the counts again at the clock's new time; called periodically. */
    public void tick() {
        counts.request();
    }

    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /** Whether the counts were read at least once; until then the values are 0 and mean nothing. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The value of a figure at the latest read. */
    public ReadOnlyLongProperty valueProperty(Kpi kpi) {
        return values.get(kpi).getReadOnlyProperty();
    }

    /** Whether a figure calls for attention (any overdue report). */
    public ReadOnlyBooleanProperty alertProperty(Kpi kpi) {
        return alerts.get(kpi).getReadOnlyProperty();
    }

    private void apply(OverviewCounts read) {
        for (Kpi kpi : Kpi.values()) {
            long value = kpi.of(read);
            values.get(kpi).set(value);
            alerts.get(kpi).set(kpi.alerts(value));
        }
        loaded.set(true);
    }
}
