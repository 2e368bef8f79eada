package org.iocconsole.console.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.Requery;
import org.iocconsole.console.common.SearchText;
import org.iocconsole.console.common.VietnameseOrder;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Contract;

/**
 * The state of the map screen. Until the GIS map arrives it holds the communes and wards in force today in the
 * console's zone, in Vietnamese alphabetical order, searchable with or without diacritics. Re-reads the cache off the
 * FX thread when a change event of one of {@link #CONTRACTS} arrives, and when a {@link #tick()} finds that the day
 * has changed. {@link #onChange} may be called on any thread; everything else is FX thread only.
 */
public final class MapScreenViewModel implements ChangeListener {
    /** The contracts whose figures this screen shows; its "as of" covers their sources. */
    public static final Set<Contract> CONTRACTS = Set.of(Contract.ADMIN_UNITS, Contract.UNIT_CHANGES);

    /** A read: the communes in force on a day. */
    private record Read(LocalDate day, List<UnitRow> rows) {}

    private final Clock clock;
    private final ReadOnlyObjectWrapper<DataFreshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<UnitRow> all = FXCollections.observableArrayList();
    private final FilteredList<UnitRow> shown = new FilteredList<>(all);
    private final ObservableList<UnitRow> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final Requery<Read> communes;

    /**
     * @param load reads the communes in force on a day; blocking, run on {@code background}
     * @param freshness the freshness of the sources of {@link #CONTRACTS}
     * @param clock its zone decides what "today" is
     * @param background runs the cache reads
     * @param fx runs work on the FX thread
     */
    public MapScreenViewModel(
            Function<LocalDate, List<AdminUnit>> load,
            ObservableValue<DataFreshness> freshness,
            Clock clock,
            Executor background,
            Executor fx) {
        this.clock = clock;
        this.freshness.bind(freshness);
        search.subscribe(query -> {
            Predicate<String> matches = SearchText.matcher(query);
            shown.setPredicate(row -> matches.test(row.searchKey()));
        });
        shownCount.bind(Bindings.size(shown));
        total.bind(Bindings.size(all));
        this.communes = new Requery<>(
                "communes in force",
                () -> {
                    LocalDate today = LocalDate.now(clock);
                    return new Read(today, sorted(load.apply(today)));
                },
                background,
                fx,
                this::apply);
    }

    /** Reads the communes for the first time. */
    public void start() {
        communes.request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (CONTRACTS.contains(event.contract())) {
            communes.request();
        }
    }

    /** Reads the communes again when the day has changed since the last read; called periodically. */
    public void tick() {
        if (day.get() != null && !day.get().equals(LocalDate.now(clock))) {
            communes.request();
        }
    }

    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /** What the user searches for; matched against the names and the code, with or without diacritics. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The communes that match the search, in Vietnamese alphabetical order. */
    public ObservableList<UnitRow> getCommunes() {
        return readOnlyShown;
    }

    /** How many communes are in force on {@link #dayProperty()}. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** How many communes match the search. */
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** The day the communes are in force on, or null before the first read. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** Whether the communes were read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Sorted by name as Vietnamese readers expect ("Đ" after "D", tones after the bare letter), then by code. */
    static List<UnitRow> sorted(List<AdminUnit> units) {
        List<UnitRow> rows = new ArrayList<>(units.size());
        for (AdminUnit unit : units) {
            rows.add(UnitRow.of(unit));
        }
        rows.sort(Comparator.comparing((UnitRow row) -> row.unit().nameVi(), VietnameseOrder.names())
                .thenComparing(row -> row.unit().code()));
        return rows;
    }

    private void apply(Read read) {
        if (!read.rows().equals(all)) {
            all.setAll(read.rows());
        }
        day.set(read.day());
        loaded.set(true);
    }
}
