package org.iocconsole.console.cameras;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.model.Camera;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Wiring of the cameras view: the search box filters the table, the counts follow the view model. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CamerasViewTest {
    private static final List<Camera> CAMERAS = List.of(
            SampleCache.camera("CAM-1", "Ngã tư Đồng Quang", "Phường Phan Đình Phùng", Camera.Status.ONLINE),
            SampleCache.camera("CAM-2", "Cầu Gia Bảy", "Phường Phan Đình Phùng", Camera.Status.OFFLINE),
            SampleCache.camera("CAM-3", "Chợ Thái", "Phường Phan Đình Phùng", Camera.Status.ONLINE));

    @Start
    void start(Stage stage) {
        CamerasViewModel vm = new CamerasViewModel(
                () -> CAMERAS, new SimpleObjectProperty<>(DataFreshness.NONE), Runnable::run, Runnable::run);
        vm.start();
        CamerasView view = new CamerasView(vm, new I18n(Language.VI), ZoneId.of("Asia/Ho_Chi_Minh"));
        stage.setScene(new Scene(view.root(), 1200, 700));
        stage.show();
    }

    @Test
    void typingASearchWithoutDiacriticsFiltersTheTable(FxRobot robot) {
        TableView<?> table = robot.lookup("#cameras-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);

        robot.clickOn("#cameras-search").write("dong quang");

        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("Ngã tư Đồng Quang").tryQuery()).isPresent();
        assertThat(robot.lookup("#cameras-shown").queryLabeled().getText()).isEqualTo("Hiển thị 1/3 camera");
    }

    @Test
    void showsTheCountsByState(FxRobot robot) {
        assertThat(robot.lookup("#cameras-count-online").queryLabeled().getText())
                .isEqualTo("2 trực tuyến");
        assertThat(robot.lookup("#cameras-count-offline").queryLabeled().getText())
                .isEqualTo("1 ngoại tuyến");
        assertThat(robot.lookup(".cameras-status-offline").tryQuery()).isPresent();
    }
}
