package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.access.PasswordHasher;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.cache.AuditEntry;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real console with a login: signing out returns to the login with nothing of the session left, and is logged. */
@Tag("ui")
class SignOutViewTest {
    private static final String PASSWORD = "mật khẩu lãnh đạo 2026";

    @TempDir
    Path dir;

    private final RunningConsole console = new RunningConsole();

    @AfterEach
    void close() throws Exception {
        console.stop();
    }

    @Test
    void signingOutReturnsToTheLoginClosesTheViewsAndIsInTheAuditLog() throws Exception {
        Path cache = dir.resolve("cache");
        try (CacheDatabase db = CacheDatabase.open(cache, DataSideOpener.DEMO_CACHE)) {
            new LocalUsers(db, new PasswordHasher(1_000), Clock.systemUTC())
                    .create("setup", "lanhdao", "Lãnh đạo", Role.LEADER, PASSWORD.toCharArray());
        }
        FxRobot robot = console.start(
                RunningConsole.options(dir).demo(true).loginRequired(true).build());

        signIn(robot);
        waitFor(robot, "#kpi-board");
        assertThat(robot.lookup("#login").tryQuery()).isEmpty();
        MenuButton menu = robot.lookup("#account-menu").queryAs(MenuButton.class);
        MenuItem signOut = menu.getItems().stream()
                .filter(item -> "account-sign-out".equals(item.getId()))
                .findFirst()
                .orElseThrow();

        robot.interact(signOut::fire);

        waitFor(robot, "#login-user");
        assertThat(robot.lookup("#account-menu").tryQuery()).isEmpty();
        assertThat(robot.lookup("#kpi-board").tryQuery()).isEmpty();
        assertThat(robot.lookup("#login-user").queryAs(TextField.class).getText())
                .isEmpty();
        // And in again: the new session works like the first.
        signIn(robot);
        waitFor(robot, "#kpi-board");
        console.stop();

        try (CacheDatabase db = CacheDatabase.open(cache, DataSideOpener.DEMO_CACHE)) {
            assertThat(new AuditLog(db).recent(20).stream().map(AuditEntry::action))
                    .containsSubsequence("login", "logout", "login");
            assertThat(new AuditLog(db).recent(20))
                    .filteredOn(e -> e.action().equals("logout"))
                    .singleElement()
                    .extracting(AuditEntry::actor)
                    .isEqualTo("lanhdao");
        }
    }

    private static void signIn(FxRobot robot) throws Exception {
        waitFor(robot, "#login-user");
        robot.interact(() -> {
            robot.lookup("#login-user").queryAs(TextField.class).setText("lanhdao");
            robot.lookup("#login-password").queryAs(PasswordField.class).setText(PASSWORD);
        });
        robot.clickOn("#login-submit");
    }

    private static void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(
                180, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
    }
}
