package org.iocconsole.console.cameras.wall;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.workspace.layout.LayoutFolder;

/**
 * The state of the camera wall: its grid, which camera each tile plays, which tile is enlarged, the saved layouts and
 * the tour. Layouts are read and written on {@code background}, results applied through {@code fx}. FX thread only.
 */
public final class CameraWallViewModel {
    /** A message for the user: a bundle key and a detail (a file name, an error) for its placeholder, or null. */
    public record Notice(String key, String detail) {}

    private final CameraLayouts store;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<WallGrid> grid = new ReadOnlyObjectWrapper<>(this, "grid", WallGrid.square(2));
    private final ObservableList<String> assigned = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyAssigned = FXCollections.unmodifiableObservableList(assigned);
    private final ReadOnlyIntegerWrapper enlarged = new ReadOnlyIntegerWrapper(this, "enlarged", -1);
    private final ObservableList<SavedLayout> layouts = FXCollections.observableArrayList();
    private final ObservableList<SavedLayout> readOnlyLayouts = FXCollections.unmodifiableObservableList(layouts);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper touring = new ReadOnlyBooleanWrapper(this, "touring");
    private final IntegerProperty tourSeconds = new SimpleIntegerProperty(this, "tourSeconds", 10);
    private List<String> tourCameras = List.of();
    private int tourPage;

    public CameraWallViewModel(CameraLayouts store, Executor background, Executor fx) {
        this.store = store;
        this.background = background;
        this.fx = fx;
        assigned.setAll(Collections.nCopies(grid.get().size(), null));
    }

    /** Reads the saved layouts. */
    public void start() {
        start(null);
    }

    /**
     * Reads the saved layouts, then opens the one called {@code opening} (a wall screen given "camera layout:
     * Traffic"); a name no layout has leaves the wall as it is, with a notice.
     */
    public void start(String opening) {
        background.execute(() -> {
            LayoutFolder.Opened<List<SavedLayout>> read = store.load();
            fx.execute(() -> {
                layouts.setAll(read.layout());
                if (!read.problems().isEmpty()) {
                    String kept = read.keptAside() == null ? "" : " → " + read.keptAside();
                    notice.set(
                            new Notice("cameras.wall.layouts.unreadable", String.join("; ", read.problems()) + kept));
                }
                if (opening != null) {
                    openNamed(opening);
                }
            });
        });
    }

    private void openNamed(String name) {
        CameraLayouts.named(layouts, name)
                .ifPresentOrElse(this::open, () -> notice.set(new Notice("wall.camera-layout.missing", name)));
    }

    public ReadOnlyObjectProperty<WallGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** The camera id of each tile of the grid, null for an empty tile. */
    public ObservableList<String> getAssigned() {
        return readOnlyAssigned;
    }

    /** The tile shown alone over the whole wall, or -1. */
    public ReadOnlyIntegerProperty enlargedProperty() {
        return enlarged.getReadOnlyProperty();
    }

    public ObservableList<SavedLayout> getLayouts() {
        return readOnlyLayouts;
    }

    /** The latest message for the user, or null. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty touringProperty() {
        return touring.getReadOnlyProperty();
    }

    /** How long a tour shows each set of cameras. */
    public IntegerProperty tourSecondsProperty() {
        return tourSeconds;
    }

    /** Changes the grid; tiles keep their cameras in order as far as the new grid reaches. */
    public void setGrid(WallGrid next) {
        List<String> kept = new ArrayList<>(assigned);
        grid.set(next);
        enlarged.set(-1);
        fill(kept);
    }

    /** Plays a camera on a tile (a drop from the list); a manual choice ends a tour. */
    public void assign(int tile, String cameraId) {
        if (tile < 0 || tile >= assigned.size()) {
            return;
        }
        stopTour();
        assigned.set(tile, cameraId);
    }

    public void clear(int tile) {
        assign(tile, null);
    }

    /** Enlarges a tile over the whole wall, or back when it is enlarged already. */
    public void toggleEnlarged(int tile) {
        enlarged.set(enlarged.get() == tile || tile < 0 || tile >= assigned.size() ? -1 : tile);
    }

    /** Rotates these cameras through the tiles, a wall-full at a time, every {@link #tourSecondsProperty()}. */
    public void startTour(List<String> cameraIds) {
        if (cameraIds.isEmpty()) {
            notice.set(new Notice("cameras.wall.tour.empty", null));
            return;
        }
        tourCameras = List.copyOf(cameraIds);
        tourPage = 0;
        touring.set(true);
        enlarged.set(-1);
        showTourPage();
    }

    public void stopTour() {
        touring.set(false);
    }

    /** The next set of the tour; called every {@link #tourSecondsProperty()} seconds by the view's timer. */
    public void advanceTour() {
        if (!touring.get()) {
            return;
        }
        int pages = (tourCameras.size() + assigned.size() - 1) / assigned.size();
        tourPage = (tourPage + 1) % pages;
        showTourPage();
    }

    /** Saves the wall as it is under this name, replacing a layout of the same name. */
    public void save(String name) {
        if (name == null || name.isBlank()) {
            notice.set(new Notice("cameras.wall.layouts.noname", null));
            return;
        }
        SavedLayout layout = new SavedLayout(name.strip(), grid.get(), new ArrayList<>(assigned));
        List<SavedLayout> next = new ArrayList<>(layouts);
        next.removeIf(l -> l.name().equals(layout.name()));
        next.add(layout);
        layouts.setAll(next);
        background.execute(() -> {
            try {
                store.save(next);
                fx.execute(() -> notice.set(new Notice("cameras.wall.layouts.saved", layout.name())));
            } catch (IOException e) {
                fx.execute(() -> notice.set(new Notice("cameras.wall.layouts.unsaved", e.getMessage())));
            }
        });
    }

    /** Shows a saved layout. */
    public void open(SavedLayout layout) {
        stopTour();
        grid.set(layout.grid());
        enlarged.set(-1);
        fill(layout.cameraIds());
    }

    private void showTourPage() {
        int size = assigned.size();
        List<String> page = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int index = tourPage * size + i;
            page.add(index < tourCameras.size() ? tourCameras.get(index) : null);
        }
        assigned.setAll(page);
    }

    private void fill(List<String> ids) {
        List<String> next = new ArrayList<>();
        for (int i = 0; i < grid.get().size(); i++) {
            next.add(i < ids.size() ? ids.get(i) : null);
        }
        assigned.setAll(next);
    }
}
