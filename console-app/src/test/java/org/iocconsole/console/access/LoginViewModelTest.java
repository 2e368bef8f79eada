package org.iocconsole.console.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.console.testing.ManualExecutor;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginViewModelTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
    private final ManualExecutor background = new ManualExecutor();
    private final List<LocalUser> signedIn = new ArrayList<>();
    private UsersFixture users;

    @BeforeEach
    void open() {
        users = new UsersFixture(dir, clock);
        users.add("minh", Role.OPERATOR);
    }

    @AfterEach
    void close() {
        users.close();
    }

    @Test
    void theRightPasswordSignsInOffTheFxThreadShowingBusyMeanwhile() {
        LoginViewModel vm = login(LoginViewModel.Mode.SIGN_IN);
        vm.usernameProperty().set(" minh ");

        vm.submit(UsersFixture.PASSWORD.clone(), new char[0]);

        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get().key()).isEqualTo("access.login.checking");
        assertThat(signedIn).isEmpty();
        background.runQueued();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(signedIn).extracting(LocalUser::username).containsExactly("minh");
        assertThat(vm.messageProperty().get()).isNull();
    }

    @Test
    void aWrongPasswordSaysSoAndTheFifthLocksWithTheWaitLeft() {
        LoginViewModel vm = login(LoginViewModel.Mode.SIGN_IN);
        vm.usernameProperty().set("minh");
        for (int i = 1; i < LocalUsers.MAX_FAILURES; i++) {
            vm.submit("sai mật khẩu".toCharArray(), new char[0]);
            background.runQueued();
            assertThat(vm.messageProperty().get().key()).isEqualTo("access.login.wrong");
        }

        vm.submit("sai mật khẩu".toCharArray(), new char[0]);
        background.runQueued();
        assertThat(vm.messageProperty().get()).isEqualTo(new LoginViewModel.Message("access.login.locked", 15L));

        clock.advance(Duration.ofMinutes(10).plusSeconds(30));
        vm.submit(UsersFixture.PASSWORD.clone(), new char[0]);
        background.runQueued();
        assertThat(vm.messageProperty().get()).isEqualTo(new LoginViewModel.Message("access.login.locked", 5L));
        assertThat(signedIn).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        vm.submit(UsersFixture.PASSWORD.clone(), new char[0]);
        background.runQueued();
        assertThat(signedIn).hasSize(1);
    }

    @Test
    void emptyFieldsAreNamedWithoutAskingTheCache() {
        LoginViewModel vm = login(LoginViewModel.Mode.SIGN_IN);

        vm.submit(UsersFixture.PASSWORD.clone(), new char[0]);
        assertThat(vm.messageProperty().get().key()).isEqualTo("access.login.no-user");
        vm.usernameProperty().set("minh");
        vm.submit(new char[0], new char[0]);
        assertThat(vm.messageProperty().get().key()).isEqualTo("access.login.no-password");

        assertThat(background.queued()).isZero();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theFirstStartCreatesTheAdministratorWhoIsThenSignedIn() {
        LoginViewModel vm = login(LoginViewModel.Mode.CREATE_ADMIN);
        vm.usernameProperty().set("quantri");
        vm.displayNameProperty().set("Quản trị viên tỉnh");

        vm.submit("mật khẩu đủ dài".toCharArray(), "mật khẩu khác".toCharArray());
        assertThat(vm.messageProperty().get().key()).isEqualTo("access.login.mismatch");
        vm.submit("ngắn".toCharArray(), "ngắn".toCharArray());
        background.runQueued();
        assertThat(vm.messageProperty().get().key()).isEqualTo("access.login.refused");
        assertThat(vm.messageProperty().get().args().get(0).toString()).contains("at least 10");

        vm.submit("mật khẩu đủ dài".toCharArray(), "mật khẩu đủ dài".toCharArray());
        background.runQueued();

        assertThat(signedIn).containsExactly(new LocalUser("quantri", "Quản trị viên tỉnh", Role.ADMIN));
    }

    @Test
    void thePasswordArraysAreWipedAfterUse() {
        LoginViewModel vm = login(LoginViewModel.Mode.SIGN_IN);
        vm.usernameProperty().set("minh");
        char[] password = UsersFixture.PASSWORD.clone();

        vm.submit(password, new char[0]);
        background.runQueued();

        assertThat(new String(password)).isEqualTo("\0".repeat(password.length));
    }

    private LoginViewModel login(LoginViewModel.Mode mode) {
        return new LoginViewModel(users, mode, clock, background, Runnable::run, signedIn::add);
    }
}
