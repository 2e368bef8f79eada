package org.iocconsole.console.cameras.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import org.iocconsole.console.cameras.CamerasView;
import org.iocconsole.console.cameras.CamerasViewModel;
import org.iocconsole.console.cameras.stream.FrameBudget;
import org.iocconsole.console.cameras.stream.StreamRuntime;
import org.iocconsole.console.cameras.stream.StreamSettings;
import org.iocconsole.console.cameras.stream.StreamSpec;
import org.iocconsole.console.cameras.stream.StreamState;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.FxExecutor;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.workspace.layout.LayoutFolder;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.VirtualClock;
import org.iocconsole.sync.model.Camera;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wall on the demo province's real streams: a camera dragged from the list onto a tile shows live frames. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CameraWallViewTest {
    private static final Instant ANCHOR = Instant.parse("2026-11-22T01:30:00Z");

    @TempDir
    static Path config;

    private static DemoProvince demo;
    private StreamRuntime runtime;
    private ExecutorService decoders;
    private CameraWallViewModel wallVm;
    private CamerasView view;
    private final FrameBudget budget = FrameBudget.defaults();

    @BeforeAll
    static void startDemo() {
        demo = DemoProvince.start(DemoOptions.defaults().withClock(VirtualClock.manual(ANCHOR)));
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        String api = demo.apiUrl();
        List<Camera> cameras = List.of(
                camera("CAM-0001", "Ngã tư Đồng Quang", api, Camera.Status.ONLINE),
                camera("CAM-0002", "Cầu Gia Bảy", api, Camera.Status.OFFLINE));
        CamerasViewModel vm = new CamerasViewModel(
                () -> cameras, new SimpleObjectProperty<>(DataFreshness.NONE), Runnable::run, Runnable::run);
        vm.start();
        runtime = new StreamRuntime(new OkHttpClient(), StreamSettings.defaults());
        decoders = Executors.newFixedThreadPool(2);
        CameraHealth health = new CameraHealth(new FxExecutor());
        TileServices services = new TileServices(
                runtime,
                budget,
                decoders,
                new FxExecutor(),
                camera -> StreamSpec.mjpeg(camera.streamUrl()),
                health,
                (header, received, shown) -> {},
                Clock.systemUTC());
        wallVm = new CameraWallViewModel(
                new CameraLayouts(new LayoutFolder(config, Clock.systemUTC()), null), Runnable::run, Runnable::run);
        view = new CamerasView(vm, wallVm, services, health, new I18n(Language.VI), ZoneId.of("Asia/Ho_Chi_Minh"));
        stage.setScene(new Scene(view.root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        runtime.close();
        decoders.shutdownNow();
        decoders.awaitTermination(2, TimeUnit.SECONDS);
    }

    private static Camera camera(String id, String name, String api, Camera.Status status) {
        return new Camera(
                id,
                name,
                21.59,
                105.84,
                "Phường Phan Đình Phùng",
                "05443",
                Camera.StreamKind.MJPEG,
                api + "cameras/" + id + "/stream.mjpg?w=320&h=180",
                api + "cameras/" + id + "/snapshot.jpg",
                status,
                ANCHOR);
    }

    @Test
    void aCameraDraggedOntoATileShowsLiveFrames(FxRobot robot) throws Exception {
        CameraTile tile = robot.lookup("#cameras-tile-1").queryAs(CameraTile.class);
        assertThat(tile.camera()).isNull();

        robot.drag("Ngã tư Đồng Quang").dropTo("#cameras-tile-1");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> tile.framesShown() >= 3);
        assertThat(wallVm.getAssigned().get(1)).isEqualTo("CAM-0001");
        assertThat(tile.state()).isEqualTo(StreamState.LIVE);
        assertThat(tile.currentImage().getWidth()).isEqualTo(320);
        assertThat(robot.lookup(".cameras-tile-badge").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().equals("Trực tiếp"));
        assertThat(runtime.activeReaders()).isEqualTo(1);
    }

    @Test
    void aCameraOfflineInTheRegistryIsShownOfflineAndNotTried(FxRobot robot) throws Exception {
        robot.interact(() -> wallVm.assign(0, "CAM-0002"));
        CameraTile tile = robot.lookup("#cameras-tile-0").queryAs(CameraTile.class);
        assertThat(tile.state()).isEqualTo(StreamState.OFFLINE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cameras-wall-down").queryLabeled().getText())
                .isEqualTo("1 camera trên tường hình không có hình ảnh");

        robot.interact(() -> wallVm.clear(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cameras-wall-down").queryLabeled().isVisible())
                .isFalse();
        assertThat(runtime.activeReaders()).isZero();
    }

    @Test
    void anEnlargedTileIsAloneOnTheWallAndTheOthersStopPlaying(FxRobot robot) throws Exception {
        robot.interact(() -> {
            wallVm.assign(0, "CAM-0001");
            wallVm.assign(3, "CAM-0001");
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> runtime.activeReaders() == 2);
        // The frame rate follows the tiles that play: two share the wall's budget, one alone gets more.
        assertThat(budget.visibleTiles()).isEqualTo(2);
        double sharedFps = budget.targetFps();
        CameraTile enlarged = robot.lookup("#cameras-tile-3").queryAs(CameraTile.class);
        doubleClick(robot, enlarged);
        assertThat(wallVm.enlargedProperty().get()).isEqualTo(3);
        assertThat(robot.lookup("#cameras-tile-0").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runtime.activeReaders() == 1);
        assertThat(budget.visibleTiles()).isEqualTo(1);
        assertThat(budget.targetFps()).isGreaterThanOrEqualTo(sharedFps);

        doubleClick(robot, enlarged);
        assertThat(robot.lookup("#cameras-tile-0").tryQuery()).isPresent();
    }

    @Test
    void aDoubleClickWithSeveralMonitorsSendsTheCameraToTheChosenOne(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.wall()
                    .setMonitors(() -> List.of(new Rectangle2D(0, 0, 1200, 700), new Rectangle2D(1200, 0, 640, 360)));
            wallVm.assign(0, "CAM-0001");
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> runtime.activeReaders() == 1);

        doubleClick(robot, robot.lookup("#cameras-tile-0").queryAs(CameraTile.class));
        ContextMenu menu = view.wall().sendMenu();
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getItems())
                .extracting(MenuItem::getText)
                .hasSize(3)
                .last()
                .asString()
                .contains("2", "640");
        assertThat(wallVm.enlargedProperty().get()).isEqualTo(-1);

        robot.interact(() -> menu.getItems().get(2).fire());
        Stage sent = robot.listWindows().stream()
                .filter(Stage.class::isInstance)
                .map(Stage.class::cast)
                .filter(window -> window.getScene() != null
                        && "cameras-screen-tile"
                                .equals(window.getScene().getRoot().getId()))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(sent.getX(), sent.getY(), sent.getWidth(), sent.getHeight()))
                .containsExactly(1200.0, 0.0, 640.0, 360.0);
        CameraTile alone = (CameraTile) sent.getScene().getRoot();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> alone.framesShown() >= 2);
        assertThat(runtime.activeReaders()).isEqualTo(2);

        robot.interact(() -> {
            menu.hide();
            sent.close();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runtime.activeReaders() == 1);
    }

    @Test
    void withOneMonitorADoubleClickEnlargesAtOnce(FxRobot robot) {
        robot.interact(() -> {
            view.wall().setMonitors(() -> List.of(new Rectangle2D(0, 0, 1200, 700)));
            wallVm.assign(0, "CAM-0001");
        });
        doubleClick(robot, robot.lookup("#cameras-tile-0").queryAs(CameraTile.class));
        assertThat(wallVm.enlargedProperty().get()).isZero();
        assertThat(view.wall().sendMenu()).isNull();
    }

    /** A double click as the tile receives it; a robot's two clicks may drift apart on a loaded machine. */
    private static void doubleClick(FxRobot robot, CameraTile tile) {
        robot.interact(() -> tile.fireEvent(new MouseEvent(
                MouseEvent.MOUSE_CLICKED,
                10,
                10,
                10,
                10,
                MouseButton.PRIMARY,
                2,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                true,
                false,
                false,
                null)));
    }
}
