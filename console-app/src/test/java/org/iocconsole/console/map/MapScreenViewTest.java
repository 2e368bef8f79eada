package org.iocconsole.console.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.FakeMapSource;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.maps.geo.Viewport;
import org.iocconsole.maps.geo.WebMercator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Wiring of the map screen: a click on a report point opens its details; the layer switches hide layers. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MapScreenViewTest {
    @TempDir
    static Path tiles;

    private MapScreenView view;
    private MapScreenViewModel vm;

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T02:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        vm = new MapScreenViewModel(
                FakeMapSource.sample(),
                new SimpleObjectProperty<>(DataFreshness.NONE),
                clock,
                Runnable::run,
                Runnable::run);
        view = new MapScreenView(
                vm,
                new I18n(Language.VI),
                clock.getZone(),
                new TileSetup(tiles, clock),
                TileSettings.memory(TileSettings.NONE),
                () -> {
                    throw new AssertionError("no camera is opened here");
                },
                Runnable::run,
                Runnable::run);
        vm.start();
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    /** Where a point of the map is on the screen, once the map has drawn a frame. */
    private Point2D onScreen(FxRobot robot, double lon, double lat) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> view.layers().reports.viewport() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport frame = view.layers().reports.viewport();
        Point2D[] at = new Point2D[1];
        // The layers draw in the map view's coordinates.
        Node map = robot.lookup("#map-view-gluon").query();
        robot.interact(
                () -> at[0] = map.localToScreen(frame.screenX(WebMercator.x(lon)), frame.screenY(WebMercator.y(lat))));
        return at[0];
    }

    @Test
    void clickingAReportPointShowsItsDetails(FxRobot robot) throws Exception {
        Point2D report = onScreen(robot, FakeMapSource.REPORT.lon(), FakeMapSource.REPORT.lat());

        robot.clickOn(report);

        Label title = robot.lookup("#map-details-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo(FakeMapSource.REPORT.serviceName());
        assertThat(robot.lookup(FakeMapSource.REPORT.id()).tryQuery()).isPresent();
        assertThat(robot.lookup("Đang được xử lý").tryQuery()).isPresent();

        robot.clickOn("#map-details-close");
        assertThat(robot.lookup("#map-details").query().isVisible()).isFalse();
    }

    @Test
    void aHiddenLayerIsNotPicked(FxRobot robot) throws Exception {
        Point2D report = onScreen(robot, FakeMapSource.REPORT.lon(), FakeMapSource.REPORT.lat());
        robot.clickOn("#map-layer-reports");
        assertThat(view.layers().reports.isVisible()).isFalse();

        robot.clickOn(report);

        // Beneath the report lies its ward: the click selects the ward instead.
        Label title = robot.lookup("#map-details-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Phường Phan Đình Phùng");
    }

    @Test
    void aDayBeforeTheReformShowsTheFormerWardOnTheWardItBecame(FxRobot robot) throws Exception {
        Label note = robot.lookup("#map-former-note").queryAs(Label.class);
        assertThat(note.isVisible()).isFalse();

        robot.interact(() -> vm.chosenDateProperty().set(FakeMapSource.REFORM.minusDays(1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("01/07/2025").contains("không có ranh giới");
        ListView<?> results = robot.lookup("#map-results").queryAs(ListView.class);
        assertThat(results.getItems()).hasSize(1);
        robot.interact(() -> results.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#map-details-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Phường Tân Thịnh");
        assertThat(robot.lookup("Phường Phan Đình Phùng").tryQuery()).isPresent();
    }
}
