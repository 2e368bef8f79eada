package org.iocconsole.console.cameras;

import java.time.ZoneId;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.iocconsole.console.cameras.wall.CameraHealth;
import org.iocconsole.console.cameras.wall.CameraWallView;
import org.iocconsole.console.cameras.wall.CameraWallViewModel;
import org.iocconsole.console.cameras.wall.TileServices;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.model.Camera;

/**
 * The cameras screen: a search box, how many cameras are online, offline and in maintenance, the list of cameras
 * that match the search (by area, then name) and beside it the camera wall. FX thread only.
 */
public final class CamerasView {
    private static final String STYLESHEET =
            CamerasView.class.getResource("cameras.css").toExternalForm();

    private final ScreenFrame frame;
    private final CameraWallView wall;

    /** The list alone, without a wall. */
    public CamerasView(CamerasViewModel vm, I18n i18n, ZoneId zone) {
        this(vm, null, null, null, i18n, zone);
    }

    /**
     * The list beside the wall; cameras are dragged from one onto the other.
     *
     * @param wallVm the wall's state, or null for the list alone
     * @param tiles what the wall's tiles share, or null for the list alone
     * @param health the states the wall observes, counted beside the registry's; null for the list alone
     */
    public CamerasView(
            CamerasViewModel vm,
            CameraWallViewModel wallVm,
            TileServices tiles,
            CameraHealth health,
            I18n i18n,
            ZoneId zone) {
        frame = new ScreenFrame(
                "cameras-view", i18n, new TimeTexts(i18n, zone), "cameras.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);

        TextField search = new TextField();
        search.setId("cameras-search");
        search.getStyleClass().add("cameras-search");
        search.promptTextProperty().bind(i18n.text("cameras.search.prompt"));
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(i18n.text("cameras.search.tooltip"));
        search.setTooltip(hint);
        search.textProperty().bindBidirectional(vm.searchProperty());

        HBox counts = new HBox();
        counts.getStyleClass().add("cameras-counts");
        for (Camera.Status status : Camera.Status.values()) {
            Label count = new Label();
            count.setId("cameras-count-" + status.wireName());
            count.getStyleClass().addAll("cameras-count", "cameras-count-" + status.wireName());
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.textProperty()
                    .bind(i18n.format(
                            "cameras.count." + status.wireName(),
                            () -> new Object[] {vm.countProperty(status).get()},
                            vm.countProperty(status)));
            counts.getChildren().add(count);
        }
        Label shown = new Label();
        shown.setId("cameras-shown");
        shown.getStyleClass().add("cameras-shown");
        shown.setMinWidth(Region.USE_PREF_SIZE);
        shown.textProperty()
                .bind(i18n.format(
                        "cameras.shown",
                        () -> new Object[] {
                            vm.shownCountProperty().get(), vm.totalProperty().get()
                        },
                        vm.shownCountProperty(),
                        vm.totalProperty()));
        // Wraps onto a second line rather than cutting the counts short when the screen is narrow.
        FlowPane toolbar = new FlowPane(search, counts, shown);
        toolbar.getStyleClass().add("cameras-toolbar");

        CameraTable table = new CameraTable(vm, i18n);
        VBox.setVgrow(table.table(), Priority.ALWAYS);
        VBox body = new VBox(toolbar, table.table());
        body.getStyleClass().add("cameras-body");
        if (wallVm == null) {
            frame.setContent(body);
            wall = null;
            return;
        }
        Label down = new Label();
        down.setId("cameras-wall-down");
        down.getStyleClass().addAll("cameras-count", "cameras-count-offline");
        down.setMinWidth(Region.USE_PREF_SIZE);
        down.textProperty()
                .bind(i18n.format(
                        "cameras.wall.down",
                        () -> new Object[] {health.downProperty().get()},
                        health.downProperty()));
        down.visibleProperty().bind(health.downProperty().greaterThan(0));
        down.managedProperty().bind(down.visibleProperty());
        toolbar.getChildren().add(down);
        wall = new CameraWallView(wallVm, vm::camera, vm::onlineShownIds, tiles, i18n, zone, STYLESHEET);
        vm.revisionProperty().addListener((o, old, now) -> wall.registryChanged());
        SplitPane split = new SplitPane(body, wall.root());
        split.setId("cameras-split");
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(body, false);
        frame.setContent(split);
    }

    /** The wall beside the list, or null. */
    public CameraWallView wall() {
        return wall;
    }

    public Parent root() {
        return frame;
    }
}
