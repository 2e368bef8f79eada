package org.iocconsole.console.cameras.wall;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.util.Duration;
import org.iocconsole.console.common.ChoiceToggles;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.model.Camera;

/**
 * The camera wall: a toolbar (grid, saved layouts, tour) over a grid of {@link CameraTile}s. Cameras are dropped on
 * tiles from the list; a double-click enlarges a tile over the wall and back, or, with several monitors, offers to show
 * its camera alone on a chosen one; a tile's menu empties it or shows its camera alone on another screen. FX thread only.
 */
public final class CameraWallView {
    private final CameraWallViewModel vm;
    private final Function<String, Camera> cameras;
    private final TileServices services;
    private final I18n i18n;
    private final ZoneId zone;
    private final String stylesheet;
    private final GridPane grid = new GridPane();
    private final VBox root;
    private final List<CameraTile> tiles = new ArrayList<>();
    private final Timeline tour = new Timeline();
    private Supplier<List<Rectangle2D>> monitors =
            () -> Screen.getScreens().stream().map(Screen::getBounds).toList();
    private ContextMenu sendMenu;

    /**
     * @param cameras finds a camera of the registry by id (null when unknown)
     * @param tourCameras the cameras a tour rotates through (those the list shows)
     * @param stylesheet the stylesheet of screens the wall opens on other monitors
     */
    public CameraWallView(
            CameraWallViewModel vm,
            Function<String, Camera> cameras,
            Supplier<List<String>> tourCameras,
            TileServices services,
            I18n i18n,
            ZoneId zone,
            String stylesheet) {
        this.vm = vm;
        this.cameras = cameras;
        this.services = services;
        this.i18n = i18n;
        this.zone = zone;
        this.stylesheet = stylesheet;
        grid.setId("cameras-wall-grid");
        grid.getStyleClass().add("cameras-wall-grid");
        VBox.setVgrow(grid, Priority.ALWAYS);

        ObjectProperty<WallGrid> chosen =
                new SimpleObjectProperty<>(vm.gridProperty().get());
        ChoiceToggles<WallGrid> grids = new ChoiceToggles<>(
                Orientation.HORIZONTAL,
                WallGrid.presets(),
                chosen,
                g -> i18n.text("cameras.wall.grid." + g.id()),
                g -> "cameras-wall-" + g.id());
        chosen.addListener((o, old, now) -> {
            if (now != vm.gridProperty().get()) {
                vm.setGrid(now);
            }
        });
        vm.gridProperty().addListener((o, old, now) -> chosen.set(now));
        WallToolbar toolbar = new WallToolbar(vm, grids.pane(), tourCameras, i18n);
        root = new VBox(toolbar.pane(), grid);
        root.getStyleClass().add("cameras-wall");

        vm.gridProperty().addListener((o, old, now) -> rebuild());
        vm.getAssigned().addListener((ListChangeListener<String>) c -> assign());
        vm.enlargedProperty().addListener((o, old, now) -> place());
        vm.touringProperty().addListener((o, was, now) -> runTour(now));
        rebuild();
    }

    public Parent root() {
        return root;
    }

    /** The tiles of the grid, in order. */
    public List<CameraTile> tiles() {
        return List.copyOf(tiles);
    }

    /** The registry changed: tiles pick up new states or URLs of their cameras. */
    public void registryChanged() {
        assign();
    }

    /** Stops every tile; the wall is being closed. */
    public void dispose() {
        tour.stop();
        tiles.forEach(CameraTile::dispose);
    }

    private void rebuild() {
        tiles.forEach(CameraTile::dispose);
        tiles.clear();
        WallGrid shape = vm.gridProperty().get();
        for (int i = 0; i < shape.size(); i++) {
            tiles.add(tile(i));
        }
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < shape.columns(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / shape.columns());
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < shape.rows(); r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / shape.rows());
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        place();
        assign();
    }

    /** Lays the tiles on the grid, or only the enlarged one over all of it; tiles left out stop playing. */
    private void place() {
        WallGrid shape = vm.gridProperty().get();
        int enlarged = vm.enlargedProperty().get();
        grid.getChildren().clear();
        for (int i = 0; i < tiles.size(); i++) {
            CameraTile tile = tiles.get(i);
            TileSpan span = shape.tiles().get(i);
            if (enlarged < 0) {
                grid.add(tile, span.column(), span.row(), span.columnSpan(), span.rowSpan());
            } else if (enlarged == i) {
                grid.add(tile, 0, 0, shape.columns(), shape.rows());
            }
        }
    }

    private void assign() {
        List<String> ids = vm.getAssigned();
        for (int i = 0; i < tiles.size() && i < ids.size(); i++) {
            String id = ids.get(i);
            tiles.get(i).show(id == null ? null : cameras.apply(id));
        }
    }

    private CameraTile tile(int index) {
        CameraTile tile = new CameraTile(services, i18n, zone);
        tile.setId("cameras-tile-" + index);
        tile.setOnDragOver(e -> {
            if (CameraDrag.cameraId(e) != null) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        tile.setOnDragEntered(e -> tile.getStyleClass().add("cameras-tile-drop"));
        tile.setOnDragExited(e -> tile.getStyleClass().remove("cameras-tile-drop"));
        tile.setOnDragDropped(e -> {
            String id = CameraDrag.cameraId(e);
            if (id != null) {
                vm.assign(index, id);
            }
            e.setDropCompleted(id != null);
            e.consume();
        });
        tile.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                doubleClicked(tile, index, e.getScreenX(), e.getScreenY());
            }
        });
        tile.setOnContextMenuRequested(e -> menu(tile, index).show(tile, e.getScreenX(), e.getScreenY()));
        return tile;
    }

    /**
     * Enlarges the tile, or back; with several monitors a playing tile first asks where: enlarged here, or alone on
     * one of the monitors.
     */
    private void doubleClicked(CameraTile tile, int index, double screenX, double screenY) {
        List<Rectangle2D> detected = monitors.get();
        if (tile.camera() == null || vm.enlargedProperty().get() >= 0 || detected.size() < 2) {
            vm.toggleEnlarged(index);
            return;
        }
        MenuItem here = new MenuItem(i18n.get("cameras.wall.menu.enlarge"));
        here.setOnAction(e -> vm.toggleEnlarged(index));
        sendMenu = new ContextMenu(here);
        sendMenu.setId("cameras-send-menu");
        sendMenu.getItems().addAll(screenItems(tile, detected));
        sendMenu.show(tile, screenX, screenY);
    }

    /** Sets where the monitors are; for tests, since a test machine has only one. */
    void setMonitors(Supplier<List<Rectangle2D>> monitors) {
        this.monitors = monitors;
    }

    /** The menu the last double-click opened to choose a monitor, or null. */
    ContextMenu sendMenu() {
        return sendMenu;
    }

    private List<MenuItem> screenItems(CameraTile tile, List<Rectangle2D> detected) {
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < detected.size(); i++) {
            Rectangle2D bounds = detected.get(i);
            MenuItem item = new MenuItem(i18n.get(
                    "cameras.wall.menu.screen.item", i + 1, (int) bounds.getWidth(), (int) bounds.getHeight()));
            item.setOnAction(e -> {
                if (tile.camera() != null) {
                    ScreenChoice.showOn(bounds, tile.camera(), new CameraTile(services, i18n, zone), stylesheet);
                }
            });
            items.add(item);
        }
        return items;
    }

    private ContextMenu menu(CameraTile tile, int index) {
        MenuItem enlarge = new MenuItem(i18n.get("cameras.wall.menu.enlarge"));
        enlarge.setOnAction(e -> vm.toggleEnlarged(index));
        MenuItem clear = new MenuItem(i18n.get("cameras.wall.menu.clear"));
        clear.setOnAction(e -> vm.clear(index));
        Menu screens = new Menu(i18n.get("cameras.wall.menu.screen"));
        screens.getItems().setAll(screenItems(tile, monitors.get()));
        boolean empty = tile.camera() == null;
        enlarge.setDisable(empty);
        clear.setDisable(empty);
        screens.setDisable(empty);
        return new ContextMenu(enlarge, clear, screens);
    }

    private void runTour(boolean on) {
        tour.stop();
        if (on) {
            tour.getKeyFrames()
                    .setAll(new KeyFrame(
                            Duration.seconds(
                                    Math.max(2, vm.tourSecondsProperty().get())),
                            e -> vm.advanceTour()));
            tour.setCycleCount(Timeline.INDEFINITE);
            tour.play();
        }
    }
}
