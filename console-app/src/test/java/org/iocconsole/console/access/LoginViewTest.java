package org.iocconsole.console.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.iocconsole.console.common.FxExecutor;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The login form against real local users: a wrong password is said, the right one signs in. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LoginViewTest {
    @TempDir
    static Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
    private final List<LocalUser> signedIn = new CopyOnWriteArrayList<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private UsersFixture users;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        users = new UsersFixture(dir.resolve("login-" + System.nanoTime()), clock);
        users.add("minh", Role.OPERATOR);
        LoginViewModel vm = new LoginViewModel(
                users, LoginViewModel.Mode.SIGN_IN, clock, background, new FxExecutor(), signedIn::add);
        stage.setScene(new Scene((javafx.scene.Parent) new LoginView(vm, new I18n(Language.EN)).root(), 600, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        users.close();
    }

    @Test
    void aWrongPasswordIsSaidAndTheRightOneSignsIn(FxRobot robot) throws Exception {
        robot.clickOn("#login-user").write("minh");
        robot.clickOn("#login-password").write("sai mat khau");
        robot.clickOn("#login-submit");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message(robot).equals("Wrong user name or password."));
        assertThat(signedIn).isEmpty();
        assertThat(robot.lookup("#login-password").queryTextInputControl().getText())
                .isEmpty();

        robot.clickOn("#login-password").write(new String(UsersFixture.PASSWORD));
        robot.clickOn("#login-submit");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !signedIn.isEmpty());
        assertThat(signedIn).extracting(LocalUser::username).containsExactly("minh");
    }

    @Test
    void aGatedButtonIsDisabledAndSaysWhy(FxRobot robot) {
        Button button = new Button("Users");
        HBox bar = new HBox(button);
        AccessGate gate = AccessGate.signedIn(new LocalUser("lan", "Lan", Role.LEADER), false);
        robot.interact(() -> {
            stage.setScene(new Scene(bar, 300, 100));
            GatedControls.gate(button, gate, Permission.MANAGE_USERS, new I18n(Language.EN));
        });

        assertThat(button.isDisabled()).isTrue();
        assertThat(button.getParent().getStyleClass()).contains(GatedControls.WRAPPER);
        assertThat(GatedControls.reasonOf(button)).isEqualTo("Your role may not do this.");
        robot.interact(() -> gate.signIn(new LocalUser("quantri", "", Role.ADMIN)));
        assertThat(button.isDisabled()).isFalse();
        assertThat(GatedControls.reasonOf(button)).isEmpty();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#login-message").queryAs(Labeled.class).getText();
    }
}
