package org.iocconsole.sync.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.iocconsole.sync.access.LoginResult.Outcome;
import org.iocconsole.sync.cache.AuditEntry;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalUsersTest {
    private static final char[] PASSWORD = "Thái Nguyên 2025!".toCharArray();

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-22T01:00:00Z"));
    private CacheDatabase cache;
    private LocalUsers users;

    @BeforeEach
    void open() {
        cache = CacheDatabase.open(dir, "cache");
        users = new LocalUsers(cache, new PasswordHasher(1_000), clock);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aCreatedUserSignsInWithTheirRole() {
        assertThat(users.none()).isTrue();
        users.create("admin", "lan.nguyen", "Nguyễn Thị Lan", Role.LEADER, PASSWORD.clone());

        LoginResult result = users.login("lan.nguyen", PASSWORD.clone());

        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(result.user()).isEqualTo(new LocalUser("lan.nguyen", "Nguyễn Thị Lan", Role.LEADER));
        assertThat(users.none()).isFalse();
        assertThat(actions()).containsExactly("login", "user.create");
    }

    @Test
    void anUnknownUserAndAWrongPasswordLookAlike() {
        users.create("admin", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone());

        LoginResult unknown = users.login("nobody", PASSWORD.clone());
        LoginResult wrong = users.login("minh", "wrong password".toCharArray());

        assertThat(unknown).isEqualTo(wrong);
        assertThat(unknown.outcome()).isEqualTo(Outcome.WRONG_CREDENTIALS);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
        users.create("admin", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone());
        for (int i = 1; i < LocalUsers.MAX_FAILURES; i++) {
            assertThat(users.login("minh", "wrong password".toCharArray()).outcome())
                    .isEqualTo(Outcome.WRONG_CREDENTIALS);
        }

        LoginResult fifth = users.login("minh", "wrong password".toCharArray());
        clock.advance(Duration.ofMinutes(14));
        LoginResult whileLocked = users.login("minh", PASSWORD.clone());

        assertThat(fifth.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(Instant.parse("2026-11-22T01:15:00Z"));
        assertThat(whileLocked.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(actions()).contains("login.locked", "login.refused");

        clock.advance(Duration.ofMinutes(1));
        assertThat(users.login("minh", PASSWORD.clone()).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void theLockSurvivesARestartAndAnAdministratorCanLiftIt() {
        users.create("admin", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone());
        for (int i = 0; i < LocalUsers.MAX_FAILURES; i++) {
            users.login("minh", "wrong password".toCharArray());
        }
        cache.close();
        open();

        assertThat(users.login("minh", PASSWORD.clone()).outcome()).isEqualTo(Outcome.LOCKED);
        users.unlock("admin", "minh");
        assertThat(users.login("minh", PASSWORD.clone()).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void aSuccessResetsTheCount() {
        users.create("admin", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone());
        for (int i = 1; i < LocalUsers.MAX_FAILURES; i++) {
            users.login("minh", "wrong password".toCharArray());
        }
        users.login("minh", PASSWORD.clone());

        assertThat(users.login("minh", "wrong password".toCharArray()).outcome())
                .isEqualTo(Outcome.WRONG_CREDENTIALS);
    }

    @Test
    void badNamesShortPasswordsAndTakenNamesAreRefusedWithAReason() {
        users.create("admin", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone());

        assertThatThrownBy(() -> users.create("admin", "Minh Trần", "x", Role.OPERATOR, PASSWORD.clone()))
                .hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> users.create("admin", "an", "x", Role.OPERATOR, "short".toCharArray()))
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> users.create("admin", "minh", "x", Role.ADMIN, PASSWORD.clone()))
                .hasMessageContaining("taken");
        assertThat(users.list()).extracting(LocalUser::username).containsExactly("minh");
    }

    @Test
    void rolesGateActions() {
        assertThat(Role.LEADER.may(Permission.ACT_ON_REPORTS)).isFalse();
        assertThat(Role.LEADER.may(Permission.ACKNOWLEDGE_ALERTS)).isTrue();
        assertThat(Role.OPERATOR.may(Permission.CONTROL_SCENARIOS)).isFalse();
        assertThat(Role.TRAINER.may(Permission.CONTROL_SCENARIOS)).isTrue();
        assertThat(Role.ADMIN.may(Permission.MANAGE_USERS)).isTrue();
        assertThat(Role.parse(" Leader ")).isEqualTo(Role.LEADER);
        assertThatThrownBy(() -> Role.parse("boss")).hasMessageContaining("operator, leader, trainer and admin");
    }

    @Test
    void anAdministratorsResetOpensTheAccountWithTheNewPassword() {
        users.create("admin", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone());
        for (int i = 0; i < LocalUsers.MAX_FAILURES; i++) {
            users.login("minh", "wrong password".toCharArray());
        }
        assertThat(users.accounts().get(0).lockedAt(clock.instant())).isTrue();

        users.resetPassword("admin", "minh", "một mật khẩu mới".toCharArray());

        assertThat(users.accounts().get(0).lockedAt(clock.instant())).isFalse();
        assertThat(users.login("minh", PASSWORD.clone()).outcome()).isEqualTo(Outcome.WRONG_CREDENTIALS);
        assertThat(users.login("minh", "một mật khẩu mới".toCharArray()).outcome())
                .isEqualTo(Outcome.SIGNED_IN);
        assertThat(actions()).contains("user.password-reset");
        assertThatThrownBy(() -> users.resetPassword("admin", "minh", "short".toCharArray()))
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> users.resetPassword("admin", "nobody", PASSWORD.clone()))
                .hasMessage("There is no user nobody");
    }

    @Test
    void theLastAdministratorKeepsTheRole() {
        users.create("setup", "root", "Quản trị", Role.ADMIN, PASSWORD.clone());
        users.create("root", "lan", "Lan", Role.OPERATOR, PASSWORD.clone());

        assertThatThrownBy(() -> users.setRole("root", "root", Role.LEADER))
                .hasMessage("root is the last administrator and stays one");
        users.setRole("root", "lan", Role.ADMIN);
        users.setRole("lan", "root", Role.LEADER);

        assertThat(users.list()).extracting(LocalUser::role).containsExactly(Role.ADMIN, Role.LEADER);
        assertThat(actions()).contains("user.role");
    }

    @Test
    void aClockThatJumpedForwardAndBackNeverLocksLongerThanTheLockout() {
        users.create("admin", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone());
        clock.advance(Duration.ofDays(365));
        for (int i = 0; i < LocalUsers.MAX_FAILURES; i++) {
            users.login("minh", "wrong password".toCharArray());
        }
        clock.advance(Duration.ofDays(-365));

        LoginResult locked = users.login("minh", PASSWORD.clone());
        clock.advance(LocalUsers.LOCKOUT.minusSeconds(1));
        LoginResult stillLocked = users.login("minh", PASSWORD.clone());
        clock.advance(Duration.ofSeconds(1));

        assertThat(locked.lockedUntil()).isEqualTo(Instant.parse("2026-11-22T01:15:00Z"));
        assertThat(stillLocked.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(users.login("minh", PASSWORD.clone()).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void aRemovedUserCannotSignInAndTheKeysAreToldInTheSameTransaction() {
        List<String> told = new java.util.ArrayList<>();
        LocalUsers.KeyWraps wraps = new LocalUsers.KeyWraps() {
            @Override
            public void passwordSet(String username, char[] password) {
                told.add("wrap " + username);
            }

            @Override
            public void removed(String username) {
                told.add("remove " + username);
            }
        };
        users = new LocalUsers(cache, new PasswordHasher(1_000), clock, wraps);
        users.create("setup", "root", "Quản trị", Role.ADMIN, PASSWORD.clone());
        users.create("root", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone());
        users.resetPassword("root", "minh", "mật khẩu mới 2026".toCharArray());

        users.remove("root", "minh");

        assertThat(told).containsExactly("wrap root", "wrap minh", "wrap minh", "remove minh");
        assertThat(users.login("minh", "mật khẩu mới 2026".toCharArray()).outcome())
                .isEqualTo(Outcome.WRONG_CREDENTIALS);
        assertThat(actions()).contains("user.remove");
        assertThatThrownBy(() -> users.remove("root", "root")).hasMessageContaining("yourself");
        assertThatThrownBy(() -> users.remove("other", "root"))
                .hasMessage("root is the last administrator and stays one");
        assertThatThrownBy(() -> users.remove("root", "nobody")).hasMessage("There is no user nobody");
    }

    @Test
    void aKeyThatCannotBeWrappedUndoesTheChange() {
        users = new LocalUsers(cache, new PasswordHasher(1_000), clock, new LocalUsers.KeyWraps() {
            @Override
            public void passwordSet(String username, char[] password) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public void removed(String username) {
                throw new IllegalStateException("disk full");
            }
        });

        assertThatThrownBy(() -> users.create("setup", "minh", "Trần Minh", Role.OPERATOR, PASSWORD.clone()))
                .hasMessage("disk full");

        assertThat(users.none()).isTrue();
    }

    private List<String> actions() {
        return new AuditLog(cache).recent(50).stream().map(AuditEntry::action).toList();
    }

    /** A clock the test moves by hand. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
