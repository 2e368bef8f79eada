package org.iocconsole.console.cameras;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Contract;

/**
 * The state of the cameras screen: the camera registry, searchable with or without diacritics, and how many cameras
 * are in each state. Re-reads the cache off the FX thread when a change event of one of {@link #CONTRACTS} arrives.
 * {@link #onChange} may be called on any thread; everything else is FX thread only.
 */
public final class CamerasViewModel implements ChangeListener {
    /** The contracts whose figures this screen shows; its "as of" covers their sources. */
    public static final Set<Contract> CONTRACTS = Set.of(Contract.CAMERAS);

    private final ReadOnlyObjectWrapper<DataFreshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<CameraRow> all = FXCollections.observableArrayList();
    private final FilteredList<CameraRow> shown = new FilteredList<>(all);
    private final ObservableList<CameraRow> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final Map<Camera.Status, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Camera.Status.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final Requery<List<CameraRow>> cameras;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private Map<String, Camera> byId = Map.of();

    /**
     * @param load reads the camera registry; blocking, run on {@code background}
     * @param freshness the freshness of the sources of {@link #CONTRACTS}
     * @param background runs the cache reads
     * @param fx runs work on the FX thread
     */
    public CamerasViewModel(
            Supplier<List<Camera>> load, ObservableValue<DataFreshness> freshness, Executor background, Executor fx) {
        this.freshness.bind(freshness);
        for (Camera.Status status : Camera.Status.values()) {
            counts.put(status, new ReadOnlyIntegerWrapper(this, status.wireName()));
        }
        search.subscribe(query -> {
            Predicate<String> matches = SearchText.matcher(query);
            shown.setPredicate(row -> matches.test(row.searchKey()));
        });
        shownCount.bind(Bindings.size(shown));
        total.bind(Bindings.size(all));
        // Folding the search keys is work too: it is done with the read, off the FX thread.
        this.cameras = new Requery<>("cameras", () -> rows(load.get()), background, fx, this::apply);
    }

    /** Reads the cameras for the first time. */
    public void start() {
        cameras.request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (CONTRACTS.contains(event.contract())) {
            cameras.request();
        }
    }

    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /** What the user searches for; matched against name, group and id, with or without diacritics. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The cameras that match the search, by group then name in Vietnamese order. */
    public ObservableList<CameraRow> getCameras() {
        return readOnlyShown;
    }

    /** How many cameras of the registry are in a state, whatever the search. */
    public ReadOnlyIntegerProperty countProperty(Camera.Status status) {
        return counts.get(status).getReadOnlyProperty();
    }

    /** How many cameras the registry holds. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** How many cameras match the search. */
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** Whether the registry was read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Goes up by one each time the registry is read anew. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** A camera of the registry by id, or null. */
    public Camera camera(String cameraId) {
        return byId.get(cameraId);
    }

    /** The ids of the cameras that match the search and are online, in the list's order: what a tour shows. */
    public List<String> onlineShownIds() {
        List<String> ids = new ArrayList<>();
        for (CameraRow row : shown) {
            if (row.camera().status() == Camera.Status.ONLINE) {
                ids.add(row.camera().cameraId());
            }
        }
        return ids;
    }

    /** The rows by group, then name, in Vietnamese order. */
    static List<CameraRow> rows(List<Camera> cameras) {
        List<CameraRow> rows = new ArrayList<>(cameras.size());
        for (Camera camera : cameras) {
            rows.add(CameraRow.of(camera));
        }
        Comparator<String> names = VietnameseOrder.names();
        rows.sort(Comparator.comparing((CameraRow row) -> row.camera().group(), names)
                .thenComparing(row -> row.camera().name(), names)
                .thenComparing(row -> row.camera().cameraId()));
        return rows;
    }

    private void apply(List<CameraRow> read) {
        if (!read.equals(all)) {
            all.setAll(read);
        }
        Map<Camera.Status, Integer> tally = new EnumMap<>(Camera.Status.class);
        Map<String, Camera> ids = new HashMap<>();
        for (CameraRow row : read) {
            tally.merge(row.camera().status(), 1, Integer::sum);
            ids.put(row.camera().cameraId(), row.camera());
        }
        byId = ids;
        counts.forEach((status, count) -> count.set(tally.getOrDefault(status, 0)));
        loaded.set(true);
        revision.set(revision.get() + 1);
    }
}
