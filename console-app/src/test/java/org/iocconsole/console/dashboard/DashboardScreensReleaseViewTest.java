package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.Events;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.Widget;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The views of saved dashboards stop reading once their window is closed or the screens are closed, while a view that
 * is still shown goes on following syncs and saves.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DashboardScreensReleaseViewTest {
    private final MutableClock clock = new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    private final AtomicInteger reads = new AtomicInteger();
    private final List<ChangeListener> listeners = new ArrayList<>();
    private SampleCache cache;
    private DashboardServices services;
    private DashboardScreens screens;
    private Parent kept;

    @Start
    void start(Stage stage) throws Exception {
        cache = new SampleCache(Files.createTempDirectory("dashboard-release"));
        KpiFixture.fill(cache);
        services = new DashboardServices(cache.database(), new ObjectMapper());
        save("Lãnh đạo tỉnh");
        Executor counting = work -> {
            reads.incrementAndGet();
            work.run();
        };
        screens = new DashboardScreens(services, new I18n(Language.VI), clock, counting, Runnable::run, listeners::add);
        kept = screens.firstOf("leader");
        stage.setScene(new Scene(new VBox(kept), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aViewWhoseWindowClosesReadsNoMoreWhileTheOneStillShownDoes(FxRobot robot) {
        Stage[] window = new Stage[1];
        Parent[] closed = new Parent[1];
        robot.interact(() -> {
            closed[0] = screens.view("leaders");
            window[0] = new Stage();
            window[0].setScene(new Scene(closed[0], 900, 600));
            window[0].show();
        });
        assertThat(name(closed[0])).isEqualTo("Lãnh đạo tỉnh");

        robot.interact(() -> window[0].hide());
        reads.set(0);
        robot.interact(() -> listeners.forEach(listener -> listener.onChange(Events.changed(Contract.INDICATORS))));
        assertThat(reads).as("reads after a sync, of the view still shown only").hasValue(1);
        robot.interact(() -> save("Lãnh đạo tỉnh hôm nay"));

        assertThat(name(kept)).isEqualTo("Lãnh đạo tỉnh hôm nay");
        assertThat(name(closed[0])).isEqualTo("Lãnh đạo tỉnh");
    }

    @Test
    void aViewTakenOutOfItsWindowIsKept(FxRobot robot) {
        robot.interact(() -> ((VBox) kept.getParent()).getChildren().clear());
        robot.interact(() -> save("Lãnh đạo tỉnh hôm nay"));

        assertThat(name(kept)).isEqualTo("Lãnh đạo tỉnh hôm nay");
    }

    @Test
    void closingTheScreensReleasesEveryView(FxRobot robot) {
        robot.interact(screens::close);
        reads.set(0);
        robot.interact(() -> listeners.forEach(listener -> listener.onChange(Events.changed(Contract.INDICATORS))));
        robot.interact(() -> save("Lãnh đạo tỉnh hôm nay"));

        assertThat(reads).hasValue(0);
        assertThat(name(kept)).isEqualTo("Lãnh đạo tỉnh");
    }

    private void save(String name) {
        services.dashboards()
                .save(
                        new DashboardLayout(
                                "leaders",
                                "leader",
                                name,
                                List.of(new DashboardItem(KpiFixture.DOSSIERS, Widget.TILE, 0, 0, 2, 1)),
                                Duration.ofSeconds(60),
                                1),
                        "admin",
                        KpiFixture.NOW);
    }

    private static String name(Parent view) {
        return ((Label) view.lookup("#dashboard-name")).getText();
    }
}
