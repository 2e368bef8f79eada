package org.iocconsole.console.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.access.LoginResult;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.access.UserAccount;
import org.iocconsole.sync.cache.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAdminViewModelTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
    private UsersFixture fixture;

    @BeforeEach
    void open() {
        fixture = new UsersFixture(dir, clock);
        fixture.add("quantri", Role.ADMIN);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anAdministratorAddsAUserChangesTheRoleResetsAndUnlocks() {
        UserAdminViewModel vm = admin(Role.ADMIN);
        vm.refresh();
        assertThat(vm.getAccounts()).hasSize(1);

        vm.add("lan.nguyen", "Nguyễn Thị Lan", Role.LEADER, "mật khẩu của Lan".toCharArray());
        assertThat(vm.messageProperty().get())
                .isEqualTo(new LoginViewModel.Message("access.users.added", "lan.nguyen"));
        vm.setRole("lan.nguyen", Role.OPERATOR);
        for (int i = 0; i < LocalUsers.MAX_FAILURES; i++) {
            fixture.users.login("lan.nguyen", "sai".toCharArray());
        }
        vm.refresh();
        assertThat(account("lan.nguyen").lockedAt(clock.instant())).isTrue();
        vm.unlock("lan.nguyen");
        assertThat(account("lan.nguyen").lockedAt(clock.instant())).isFalse();
        vm.resetPassword("lan.nguyen", "mật khẩu mới của Lan".toCharArray());

        assertThat(account("lan.nguyen").user())
                .isEqualTo(new LocalUser("lan.nguyen", "Nguyễn Thị Lan", Role.OPERATOR));
        assertThat(fixture.users
                        .login("lan.nguyen", "mật khẩu mới của Lan".toCharArray())
                        .outcome())
                .isEqualTo(LoginResult.Outcome.SIGNED_IN);
        assertThat(fixture.audit.recent(20))
                .filteredOn(e -> e.actor().equals("quantri"))
                .extracting(AuditEntry::action)
                .contains("user.create", "user.role", "user.unlock", "user.password-reset");
    }

    @Test
    void aTakenNameOrShortPasswordIsSaidAndChangesNothing() {
        UserAdminViewModel vm = admin(Role.ADMIN);

        vm.add("quantri", "Trùng tên", Role.OPERATOR, "mật khẩu đủ dài".toCharArray());
        assertThat(vm.messageProperty().get().args().get(0).toString()).contains("is taken");
        vm.add("minh", "Minh", Role.OPERATOR, "ngắn".toCharArray());
        assertThat(vm.messageProperty().get().args().get(0).toString()).contains("at least 10");

        assertThat(vm.getAccounts()).hasSize(1);
    }

    @Test
    void anOperatorManagesNoUsers() {
        UserAdminViewModel vm = admin(Role.OPERATOR);

        vm.refresh();
        vm.add("minh", "Minh", Role.ADMIN, "mật khẩu đủ dài".toCharArray());

        assertThat(vm.getAccounts()).isEmpty();
        assertThat(vm.messageProperty().get().key()).isEqualTo(AccessGate.REFUSED_ROLE);
        assertThat(fixture.users.list()).hasSize(1);
    }

    private UserAccount account(String name) {
        return fixture.users.accounts().stream()
                .filter(a -> a.user().username().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private UserAdminViewModel admin(Role role) {
        AccessGate gate = AccessGate.signedIn(new LocalUser("quantri", "", role), false);
        return new UserAdminViewModel(fixture.users, gate, Runnable::run, Runnable::run);
    }
}
