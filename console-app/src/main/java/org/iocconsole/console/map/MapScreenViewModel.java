package org.iocconsole.console.map;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
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
import org.iocconsole.maps.geo.ClassBreaks;
import org.iocconsole.maps.layer.Pick;
import org.iocconsole.sync.cache.UnitValue;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/**
 * The state of the map screen: the units in force on the chosen day (today unless the user picks another), searchable
 * with or without diacritics and with their old or new names; the map's data prepared for the layers; the indicator
 * of the choropleth and its class breaks; the heat map's time window; and the selected feature's details. Re-reads the
 * cache off the FX thread on change events of {@link #CONTRACTS}. {@link #onChange} may be called on any thread;
 * everything else is FX thread only.
 */
public final class MapScreenViewModel implements ChangeListener {
    /** The contracts whose figures this screen shows; its "as of" covers their sources. */
    public static final Set<Contract> CONTRACTS = Set.of(
            Contract.ADMIN_UNITS,
            Contract.UNIT_CHANGES,
            Contract.OPEN311,
            Contract.FACILITIES,
            Contract.CAMERAS,
            Contract.INDICATORS,
            Contract.OBSERVATIONS);

    private static final Set<Contract> MAP_CONTRACTS =
            Set.of(Contract.ADMIN_UNITS, Contract.OPEN311, Contract.FACILITIES, Contract.CAMERAS);

    /** A read of the unit list: the units in force on a day. */
    private record Units(LocalDate day, List<UnitRow> rows) {}

    private final MapSource source;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Camera> stream = new ReadOnlyObjectWrapper<>(this, "stream");
    private final ReadOnlyObjectWrapper<DataFreshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<UnitRow> all = FXCollections.observableArrayList();
    private final FilteredList<UnitRow> shown = new FilteredList<>(all);
    private final ObservableList<UnitRow> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<LocalDate> chosenDate = new SimpleObjectProperty<>(this, "chosenDate");
    private final ReadOnlyObjectWrapper<MapData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>(this, "indicator");
    private final ObjectProperty<ClassBreaks.Method> method =
            new SimpleObjectProperty<>(this, "method", ClassBreaks.Method.NATURAL_BREAKS);
    private final ReadOnlyObjectWrapper<Map<String, Double>> values =
            new ReadOnlyObjectWrapper<>(this, "values", Map.of());
    private final ObjectProperty<HeatWindow> heatWindow =
            new SimpleObjectProperty<>(this, "heatWindow", HeatWindow.WEEK);
    private final ReadOnlyObjectWrapper<MapDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final Requery<Units> units;
    private final Requery<MapData> mapData;
    private final Requery<List<Indicator>> indicatorList;
    private final Requery<Map<String, Double>> indicatorValues;

    /**
     * @param source the blocking reads, run on {@code background}
     * @param freshness the freshness of the sources of {@link #CONTRACTS}
     * @param clock its zone decides what "today" is; its instant what is overdue
     */
    public MapScreenViewModel(
            MapSource source, ObservableValue<DataFreshness> freshness, Clock clock, Executor background, Executor fx) {
        this.source = source;
        this.clock = clock;
        this.freshness.bind(freshness);
        search.subscribe(query -> {
            Predicate<String> matches = SearchText.matcher(query);
            shown.setPredicate(row -> matches.test(row.searchKey()));
        });
        shownCount.bind(Bindings.size(shown));
        total.bind(Bindings.size(all));
        MapDataReader reader = new MapDataReader(source);
        this.units = new Requery<>("units in force", () -> readUnits(effectiveDay()), background, fx, this::applyUnits);
        this.mapData = new Requery<>(
                "map data", () -> reader.read(effectiveDay(), clock.instant()), background, fx, this::applyData);
        this.indicatorList = new Requery<>("mappable indicators", source::indicators, background, fx, list -> {
            indicators.setAll(list);
            if (indicator.get() == null || !list.contains(indicator.get())) {
                indicator.set(list.isEmpty() ? null : list.get(0));
            }
        });
        this.indicatorValues =
                new Requery<>("indicator values", () -> readValues(indicator.get()), background, fx, values::set);
        chosenDate.addListener((o, was, now) -> {
            units.request();
            mapData.request();
        });
        indicator.addListener((o, was, now) -> indicatorValues.request());
    }

    /** Reads everything for the first time. */
    public void start() {
        units.request();
        mapData.request();
        indicatorList.request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        Contract contract = event.contract();
        if (contract == Contract.ADMIN_UNITS || contract == Contract.UNIT_CHANGES) {
            units.request();
        }
        if (MAP_CONTRACTS.contains(contract)) {
            mapData.request();
        }
        if (contract == Contract.INDICATORS || contract == Contract.OBSERVATIONS) {
            indicatorList.request();
            indicatorValues.request();
        }
    }

    /** Reads again when the day has changed since the last read and the user follows today; called periodically. */
    public void tick() {
        if (chosenDate.get() == null && day.get() != null && !day.get().equals(LocalDate.now(clock))) {
            units.request();
            mapData.request();
        }
    }

    /**
     * Shows the details of what a click picked; a pick no longer in the data clears the selection. A camera picked
     * also opens its live stream.
     */
    public void select(Pick pick) {
        MapData current = data.get();
        details.set(
                pick == null || current == null
                        ? null
                        : MapSelections.details(pick, current, values.get(), clock.instant()));
        openSelectedCamera();
    }

    public void clearSelection() {
        details.set(null);
    }

    /** Opens the live stream of the selected camera. */
    public void openSelectedCamera() {
        MapDetails selected = details.get();
        MapData current = data.get();
        if (selected != null && "camera".equals(selected.kind()) && current != null) {
            Camera camera = current.camerasById().get(selected.id());
            if (camera != null) {
                stream.set(camera);
            }
        }
    }

    /** Closes the live stream; the view calls it when the user closes the stream's window. */
    public void closeStream() {
        stream.set(null);
    }

    /** The camera whose live stream is open, or null. */
    public ReadOnlyObjectProperty<Camera> streamProperty() {
        return stream.getReadOnlyProperty();
    }

    /** The instant the heat map counts from; null for all time. */
    public Instant heatFrom() {
        HeatWindow window = heatWindow.get();
        return window == null || window.span() == null ? null : clock.instant().minus(window.span());
    }

    private LocalDate effectiveDay() {
        LocalDate chosen = chosenDate.get();
        return chosen != null ? chosen : LocalDate.now(clock);
    }

    private Units readUnits(LocalDate onDay) {
        List<AdminUnit> list = source.units(onDay, UnitLevel.COMMUNE, false);
        List<UnitChange> changes = source.communeChanges();
        Map<String, List<String>> formedFrom = new HashMap<>();
        Map<String, List<String>> wentInto = new HashMap<>();
        for (UnitChange change : changes) {
            if (!change.effectiveDate().isAfter(onDay)) {
                formedFrom
                        .computeIfAbsent(change.newCode(), k -> new ArrayList<>())
                        .add(change.oldName());
            } else {
                wentInto.computeIfAbsent(change.oldCode(), k -> new ArrayList<>())
                        .add(change.newName());
            }
        }
        List<UnitRow> rows = new ArrayList<>(list.size());
        for (AdminUnit unit : list) {
            List<String> later = wentInto.get(unit.code());
            if (later != null) {
                rows.add(UnitRow.of(unit, later.stream().distinct().toList(), true));
            } else {
                List<String> earlier = formedFrom.getOrDefault(unit.code(), List.of());
                rows.add(UnitRow.of(unit, earlier.stream().distinct().toList(), false));
            }
        }
        rows.sort(Comparator.comparing((UnitRow row) -> row.unit().nameVi(), VietnameseOrder.names())
                .thenComparing(row -> row.unit().code()));
        return new Units(onDay, rows);
    }

    private Map<String, Double> readValues(Indicator chosen) {
        if (chosen == null) {
            return Map.of();
        }
        Map<String, Double> read = new HashMap<>();
        for (UnitValue value : source.latestValues(chosen.code())) {
            read.put(value.unitCode(), value.value());
        }
        return Map.copyOf(read);
    }

    private void applyUnits(Units read) {
        if (!read.rows().equals(all)) {
            all.setAll(read.rows());
        }
        day.set(read.day());
        loaded.set(true);
    }

    private void applyData(MapData read) {
        data.set(read);
        MapDetails selected = details.get();
        if (selected != null && selected.id() != null && !contains(read, selected)) {
            details.set(null);
        }
    }

    private static boolean contains(MapData read, MapDetails selected) {
        return switch (selected.kind()) {
            case "report" -> read.reportsById().containsKey(selected.id());
            case "facility" -> read.facilitiesById().containsKey(selected.id());
            case "camera" -> read.camerasById().containsKey(selected.id());
            default -> read.unitsByCode().containsKey(selected.id());
        };
    }

    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /** What the user searches for; matched against names, old and new names and the code, with or without marks. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The units that match the search, in Vietnamese alphabetical order. */
    public ObservableList<UnitRow> getCommunes() {
        return readOnlyShown;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** The day the units are in force on, or null before the first read. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The day chosen to show the units of; null follows today. */
    public ObjectProperty<LocalDate> chosenDateProperty() {
        return chosenDate;
    }

    /** The last read of the map's data; null before the first. */
    public ReadOnlyObjectProperty<MapData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ObservableList<Indicator> getIndicators() {
        return indicators;
    }

    /** The indicator of the choropleth. */
    public ObjectProperty<Indicator> indicatorProperty() {
        return indicator;
    }

    /** How the choropleth's classes are placed. */
    public ObjectProperty<ClassBreaks.Method> methodProperty() {
        return method;
    }

    /** The chosen indicator's latest value by unit code. */
    public ReadOnlyObjectProperty<Map<String, Double>> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    public ObjectProperty<HeatWindow> heatWindowProperty() {
        return heatWindow;
    }

    /** The selected feature's details; null when nothing is selected. */
    public ReadOnlyObjectProperty<MapDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
