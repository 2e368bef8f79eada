package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.iocconsole.console.access.Authenticator;
import org.iocconsole.console.access.LoginViewModel;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.console.testing.FakeServices;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LoginResult;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Wiring of the shell: navigation, shortcuts, the language switch, the DEMO mark, the opening pane. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    static final Instant NOW = Instant.parse("2026-11-22T03:32:00Z");

    private Stage stage;
    private ConsoleWiring wiring;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Shows a fresh shell on the FX thread, with everything run inline. */
    static ConsoleWiring show(FxRobot robot, Stage stage, boolean demo) {
        ConsoleOptions options = ConsoleOptions.builder(Path.of("cache"), Path.of("sources.yaml"), Path.of("logs"))
                .language(Language.VI)
                .theme(Theme.DARK)
                .demo(demo)
                .demoProvince("19")
                .build();
        ConsoleWiring[] wiring = new ConsoleWiring[1];
        robot.interact(() -> {
            wiring[0] = new ConsoleWiring(
                    options,
                    new MutableClock(NOW, ConsoleApplication.CONSOLE_ZONE),
                    Runnable::run,
                    Runnable::run,
                    Runnable::run);
            Scene scene = new Scene(wiring[0].root(), 1280, 800);
            wiring[0].shellView().installShortcuts(scene);
            stage.titleProperty().bind(wiring[0].shellView().windowTitle());
            stage.setScene(scene);
            stage.show();
        });
        return wiring[0];
    }

    private void open(FxRobot robot, boolean demo) {
        wiring = show(robot, stage, demo);
        robot.interact(() -> wiring.attach(new FakeServices(demo, NOW.minusSeconds(300)), new SyncEventRelay()));
    }

    private static boolean showing(FxRobot robot, String id) {
        Node node = robot.lookup(id).tryQuery().orElse(null);
        return node != null && node.getScene() != null && node.isVisible();
    }

    @Test
    void showsTheOpeningPaneUntilTheDataSideIsOpen(FxRobot robot) {
        wiring = show(robot, stage, false);

        assertThat(robot.lookup("#opening-title").queryLabeled().getText()).isEqualTo("Đang mở dữ liệu…");
        assertThat(showing(robot, "#overview-view")).isFalse();

        robot.interact(() -> wiring.attach(new FakeServices(false, NOW), new SyncEventRelay()));

        assertThat(showing(robot, "#overview-view")).isTrue();
        assertThat(showing(robot, "#opening-pane")).isFalse();
    }

    @Test
    void theLoginTakesTheScreenUntilSomeoneSignsInWhoseNameAndRoleTheTopBarShows(FxRobot robot) {
        wiring = show(robot, stage, false);
        LoginViewModel login = new LoginViewModel(
                new Authenticator() {
                    @Override
                    public LoginResult signIn(String username, char[] password) {
                        throw new IllegalStateException("not asked");
                    }

                    @Override
                    public LocalUser createAdministrator(String username, String displayName, char[] password) {
                        throw new IllegalStateException("not asked");
                    }
                },
                LoginViewModel.Mode.SIGN_IN,
                new MutableClock(NOW, ConsoleApplication.CONSOLE_ZONE),
                Runnable::run,
                Runnable::run,
                user -> {});

        robot.interact(() -> wiring.showLogin(login));
        assertThat(showing(robot, "#login")).isTrue();
        assertThat(showing(robot, "#opening-pane")).isFalse();

        robot.interact(() -> wiring.signedIn(new LocalUser("lan", "Nguyễn Thị Lan", Role.LEADER), false, null, null));

        assertThat(showing(robot, "#login")).isFalse();
        assertThat(robot.lookup("#account-menu").queryLabeled().getText()).isEqualTo("Nguyễn Thị Lan · Lãnh đạo");
    }

    @Test
    void showsWhyOpeningFailed(FxRobot robot) {
        wiring = show(robot, stage, false);

        robot.interact(() -> wiring.openingFailed(new IllegalStateException("sources.yaml:14: sources[1].every")));

        assertThat(robot.lookup("#opening-title").queryLabeled().getText()).isEqualTo("Không mở được dữ liệu");
        assertThat(robot.lookup("#opening-reason").queryLabeled().getText())
                .isEqualTo("sources.yaml:14: sources[1].every");
        assertThat(robot.lookup("#status-connection").queryLabeled().getText())
                .isEqualTo("Không mở được dữ liệu – xem thông báo");
        assertThat(robot.lookup("#status-connection").queryLabeled().getStyleClass())
                .contains("status-connection-failed");
    }

    @Test
    void theNavigationRailShowsEachScreen(FxRobot robot) {
        open(robot, false);
        String[] views = {"#overview-view", "#map-view", "#cameras-view", "#reports-view", "#sync-status-view"};

        for (Screen screen : Screen.values()) {
            robot.clickOn("#nav-" + screen.slug());
            for (int i = 0; i < views.length; i++) {
                assertThat(showing(robot, views[i]))
                        .as(screen + " shows " + views[i])
                        .isEqualTo(i == screen.ordinal());
            }
        }
    }

    @Test
    void ctrlAndADigitShowTheScreens(FxRobot robot) {
        open(robot, false);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(showing(robot, "#sync-status-view")).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(showing(robot, "#map-view")).isTrue();
        assertThat(robot.lookup("#nav-map").queryAs(ToggleButton.class).isSelected())
                .isTrue();
    }

    @Test
    void theLanguageSwitchChangesTheVisibleTexts(FxRobot robot) {
        open(robot, false);
        assertThat(robot.lookup("#nav-overview").queryLabeled().getText()).isEqualTo("Tổng quan");
        assertThat(robot.lookup("#status-outbox").queryLabeled().getText()).isEqualTo("Chờ gửi: 3");

        robot.clickOn("#language-en");

        assertThat(robot.lookup("#nav-overview").queryLabeled().getText()).isEqualTo("Overview");
        assertThat(robot.lookup("#status-outbox").queryLabeled().getText()).isEqualTo("Waiting to send: 3");
        assertThat(robot.lookup("#status-freshness").queryLabeled().getText()).isEqualTo("Data as of 10:27 22/11/2026");
        assertThat(stage.getTitle()).isEqualTo("IOC Console – Intelligent Operations Center");

        robot.clickOn("#language-vi");
        assertThat(robot.lookup("#nav-overview").queryLabeled().getText()).isEqualTo("Tổng quan");
    }

    @Test
    void aDemoSessionCarriesTheDemoMark(FxRobot robot) {
        open(robot, true);

        assertThat(showing(robot, "#demo-mark")).isTrue();
        assertThat(robot.lookup("#status-connection").queryLabeled().getText()).isEqualTo("Trình diễn (DEMO)");
        assertThat(stage.getTitle()).contains("DEMO");
    }

    @Test
    void aLiveSessionHasNoDemoMark(FxRobot robot) {
        open(robot, false);

        assertThat(showing(robot, "#demo-mark")).isFalse();
        assertThat(stage.getTitle()).doesNotContain("DEMO");
    }

    @Test
    void theDataSideCanRevealADemoSessionAfterStart(FxRobot robot) {
        wiring = show(robot, stage, false);
        assertThat(showing(robot, "#demo-mark")).isFalse();

        robot.interact(() -> wiring.attach(new FakeServices(true, NOW), new SyncEventRelay()));

        assertThat(showing(robot, "#demo-mark")).isTrue();
    }
}
