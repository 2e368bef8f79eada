package org.iocconsole.console.map;

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
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import org.iocconsole.console.cameras.stream.FrameBudget;
import org.iocconsole.console.cameras.stream.StreamRuntime;
import org.iocconsole.console.cameras.stream.StreamSettings;
import org.iocconsole.console.cameras.stream.StreamSpec;
import org.iocconsole.console.cameras.stream.StreamState;
import org.iocconsole.console.cameras.wall.CameraHealth;
import org.iocconsole.console.cameras.wall.CameraLayouts;
import org.iocconsole.console.cameras.wall.CameraPopup;
import org.iocconsole.console.cameras.wall.CameraTile;
import org.iocconsole.console.cameras.wall.CameraWallView;
import org.iocconsole.console.cameras.wall.CameraWallViewModel;
import org.iocconsole.console.cameras.wall.TileServices;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.FxExecutor;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.FakeMapSource;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.workspace.layout.LayoutFolder;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;
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

/**
 * Cameras on the map with the demo province's real streams: a click on a camera plays it in a small window that
 * frees its stream when closed, and a camera dragged off the map lands on a tile of the wall beside it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MapCameraViewTest {
    @TempDir
    static Path dir;

    private static DemoProvince demo;
    private StreamRuntime runtime;
    private ExecutorService decoders;
    private CameraWallViewModel wallVm;
    private MapScreenView view;
    private Camera camera;

    @BeforeAll
    static void startDemo() {
        demo = DemoProvince.start(
                DemoOptions.defaults().withClock(VirtualClock.manual(Instant.parse("2026-11-22T01:30:00Z"))));
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T02:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        FakeMapSource source = FakeMapSource.sample();
        camera = source.cameras().get(0);
        runtime = new StreamRuntime(new OkHttpClient(), StreamSettings.defaults());
        decoders = Executors.newFixedThreadPool(2);
        CameraHealth health = new CameraHealth(new FxExecutor());
        String stream = demo.apiUrl() + "cameras/CAM-0001/stream.mjpg?w=320&h=180";
        TileServices services = new TileServices(
                runtime,
                FrameBudget.defaults(),
                decoders,
                new FxExecutor(),
                c -> StreamSpec.mjpeg(stream),
                health,
                (header, received, shown) -> {},
                Clock.systemUTC());
        MapScreenViewModel vm = new MapScreenViewModel(
                source, new SimpleObjectProperty<>(DataFreshness.NONE), clock, Runnable::run, Runnable::run);
        I18n i18n = new I18n(Language.VI);
        view = new MapScreenView(
                vm,
                i18n,
                clock.getZone(),
                new TileSetup(dir.resolve("tiles"), clock),
                TileSettings.memory(TileSettings.NONE),
                () -> services,
                Runnable::run,
                Runnable::run);
        vm.start();
        wallVm = new CameraWallViewModel(
                new CameraLayouts(new LayoutFolder(dir, Clock.systemUTC()), null), Runnable::run, Runnable::run);
        wallVm.start();
        CameraWallView wall = new CameraWallView(
                wallVm,
                id -> id.equals(camera.cameraId()) ? camera : null,
                List::of,
                services,
                i18n,
                clock.getZone(),
                "");
        HBox both = new HBox(view.root(), wall.root());
        HBox.setHgrow(view.root(), Priority.ALWAYS);
        wall.root().setStyle("-fx-pref-width: 360;");
        stage.setScene(new Scene(both, 1260, 780));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        runtime.close();
        decoders.shutdownNow();
        decoders.awaitTermination(2, TimeUnit.SECONDS);
    }

    private Point2D cameraOnScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> view.layers().cameras.viewport() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport frame = view.layers().cameras.viewport();
        Point2D[] at = new Point2D[1];
        // The layers draw in the map view's coordinates.
        Node map = robot.lookup("#map-view-gluon").query();
        robot.interact(() -> at[0] = map.localToScreen(
                frame.screenX(WebMercator.x(camera.lon())), frame.screenY(WebMercator.y(camera.lat()))));
        return at[0];
    }

    @Test
    void clickingACameraPlaysItInASmallWindowThatFreesItsStreamWhenClosed(FxRobot robot) throws Exception {
        robot.clickOn(cameraOnScreen(robot));

        CameraPopup popup = robot.lookup("#camera-popup").queryAs(CameraPopup.class);
        assertThat(popup.isVisible()).isTrue();
        CameraTile tile = popup.tile();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> tile.framesShown() >= 2);
        assertThat(tile.state()).isEqualTo(StreamState.LIVE);
        assertThat(runtime.activeReaders()).isEqualTo(1);

        robot.clickOn("#camera-popup-close");

        assertThat(popup.isVisible()).isFalse();
        assertThat(tile.state()).isEqualTo(StreamState.IDLE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runtime.activeReaders() == 0);
        long shown = tile.framesShown();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tile.framesShown()).isEqualTo(shown);
    }

    @Test
    void aCameraDraggedOffTheMapPlaysOnAWallTile(FxRobot robot) throws Exception {
        Point2D at = cameraOnScreen(robot);

        robot.drag(at).dropTo("#cameras-tile-0");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wallVm.getAssigned().get(0)).isEqualTo(camera.cameraId());
        CameraTile tile = robot.lookup("#cameras-tile-0").queryAs(CameraTile.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> tile.framesShown() >= 2);
    }
}
