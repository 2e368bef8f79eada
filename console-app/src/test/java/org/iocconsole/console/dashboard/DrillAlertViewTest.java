package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.console.workspace.AlertFeed;
import org.iocconsole.console.workspace.AlertsView;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertState;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.NoticeAlerts;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Notice;
import org.iocconsole.sync.outbox.ActionRecorder;
import org.iocconsole.sync.outbox.OutboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A drill's scripted alert, synced into a real cache as the demo province serves it, is on the wall's alerts view
 * (pre-empting it, being critical) and in the board's alert list, where an operator acknowledges it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DrillAlertViewTest {
    private static final Instant RAISED = Instant.parse("2026-11-22T02:15:00Z");
    private static final String ID = NoticeAlerts.alertId("alert-3");

    private SampleCache cache;
    private AlertStore store;
    private final List<Alert> preempting = new ArrayList<>();
    private final I18n i18n = new I18n(Language.EN);

    @Start
    void start(Stage stage) throws Exception {
        cache = new SampleCache(Files.createTempDirectory("drill-alert"));
        KpiFixture.fill(cache);
        cache.write(
                Contract.NOTICES,
                List.of(new Notice(
                        "alert-3",
                        Notice.ALERT,
                        "critical",
                        null,
                        new Notice.Texts("Tai nạn nghiêm trọng trên QL3 Km 60", "Serious accident on QL3 at km 60"),
                        new Notice.Texts("Đề nghị điều xe cấp cứu 115", "Ambulances (115) requested"),
                        null,
                        "05860",
                        List.of(),
                        RAISED,
                        null,
                        RAISED)));
        store = new AlertStore(cache.database());
        ActionRecorder recorder = new ActionRecorder(
                cache.database(),
                new OutboxRepository(cache.database()),
                new AuditLog(cache.database()),
                SyncAgent.newObjectMapper());
        AlertFeed feed = new AlertFeed();
        feed.onCritical(preempting::add);
        feed.raised(store.announceNotices());

        MutableClock clock = new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
        BoardLoader loader = new BoardLoader(
                new KpiService(new KpiQueries(cache.database())), new UnitQueries(cache.database()), store);
        KpiBoardViewModel vm = new KpiBoardViewModel(
                loader::load,
                alert -> store.acknowledge(recorder, alert.alertId(), "dieuhanh01", KpiFixture.NOW),
                clock,
                Runnable::run,
                Runnable::run);
        KpiBoardView board = new KpiBoardView(vm, i18n, clock);
        vm.start();
        // Within the headless test screen (1280×800): Monocle's painter overflows copying a taller window.
        stage.setScene(new Scene(new ScrollPane(new VBox(new AlertsView(feed, i18n).root(), board.root())), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void theScriptedAlertIsListedAndAcknowledgedLikeAnyAlert(FxRobot robot) {
        assertThat(robot.lookup("#alerts-view .wall-alert-row")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Critical: Serious accident on QL3 at km 60");
        assertThat(preempting)
                .extracting(Alert::alertId)
                .as("critical: it pre-empts the wall")
                .containsExactly(ID);
        assertThat(AlertFeed.viewOf(preempting.get(0))).isEqualTo(Screen.ALERTS);

        Label text = robot.lookup("#alert-0 .kpi-alert-text").queryAs(Label.class);
        assertThat(text.getText()).isEqualTo("Serious accident on QL3 at km 60 · Ambulances (115) requested");
        robot.interact(() -> i18n.setLanguage(Language.VI));
        assertThat(robot.lookup("#alerts-view .wall-alert-row")
                        .queryAs(Label.class)
                        .getText())
                .endsWith(": Tai nạn nghiêm trọng trên QL3 Km 60");

        // The alert list closes the board, below the fold of the headless screen: the button is fired as a click would.
        Button acknowledge = robot.lookup("#alert-0 .kpi-alert-ack").queryAs(Button.class);
        assertThat(acknowledge.isDisabled()).isFalse();
        robot.interact(acknowledge::fire);

        Alert acknowledged = store.find(ID).orElseThrow();
        assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("dieuhanh01");
        assertThat(new AuditLog(cache.database()).between(RAISED, KpiFixture.NOW.plusSeconds(1)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AlertStore.ACKNOWLEDGE);
                    assertThat(entry.targetId()).isEqualTo(ID);
                });
        assertThat(robot.lookup("#alert-0 .kpi-alert-acked")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Đã xác nhận bởi dieuhanh01");
    }
}
