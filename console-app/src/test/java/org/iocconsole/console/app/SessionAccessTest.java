package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.iocconsole.console.access.LoginViewModel;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.sync.access.CacheKeys;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.LocalUsers;
import org.iocconsole.sync.access.LoginResult;
import org.iocconsole.sync.access.PasswordHasher;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheEncryption;
import org.iocconsole.sync.cache.CacheException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's door over a real cache file: no login, a login, the first administrator, an encrypted cache. */
class SessionAccessTest {
    private static final char[] PASSWORD = "mật khẩu của lãnh đạo".toCharArray();
    private static final String SECRET = "Bao cao mat cua lanh dao tinh";

    @TempDir
    Path dir;

    @Test
    void aDemoWithoutUsersRunsAsTheDemoTrainerWithoutAsking() {
        SessionAccess access = access(options(false, false, false));

        assertThat(access.prepare()).isNull();
        assertThat(access.withoutLogin()).isEqualTo(new LocalUser("demo", "demo", Role.TRAINER));
        assertThat(access.demo()).isTrue();
        access.closeUnused();
    }

    @Test
    void aConsoleAskingForALoginCreatesItsAdministratorFirstAndThenAsks() throws Exception {
        ConsoleOptions options = options(true, true, false);
        SessionAccess first = access(options);
        assertThat(first.prepare()).isEqualTo(LoginViewModel.Mode.CREATE_ADMIN);
        first.createAdministrator("quantri", "Quản trị", PASSWORD.clone());
        first.closeUnused();

        SessionAccess second = access(options);
        assertThat(second.prepare()).isEqualTo(LoginViewModel.Mode.SIGN_IN);
        assertThat(second.signIn("quantri", "sai".toCharArray()).outcome())
                .isEqualTo(LoginResult.Outcome.WRONG_CREDENTIALS);
        assertThat(second.signIn("quantri", PASSWORD.clone()).user().role()).isEqualTo(Role.ADMIN);
        second.closeUnused();
    }

    @Test
    void anEncryptedCacheOpensWithTheRightPasswordOnlyAndSaysWhyNot() throws Exception {
        ConsoleOptions options = options(true, false, true);
        SessionAccess first = access(options);
        assertThat(first.prepare()).isEqualTo(LoginViewModel.Mode.CREATE_ADMIN);
        first.createAdministrator("lanhdao", "Lãnh đạo", PASSWORD.clone());
        note(first.cache());
        first.closeUnused();
        assertThat(CacheEncryption.isPlain(dir, "live")).isFalse();
        assertThat(text(dir.resolve("live.mv.db"))).doesNotContain(SECRET);

        SessionAccess wrong = access(options);
        assertThat(wrong.prepare()).isEqualTo(LoginViewModel.Mode.SIGN_IN);
        assertThat(wrong.signIn("lanhdao", "mật khẩu sai".toCharArray()).outcome())
                .isEqualTo(LoginResult.Outcome.WRONG_CREDENTIALS);
        assertThat(wrong.signIn("nobody", PASSWORD.clone()).outcome()).isEqualTo(LoginResult.Outcome.WRONG_CREDENTIALS);
        assertThat(wrong.cache()).isNull();

        SessionAccess right = access(options);
        right.prepare();
        assertThat(right.signIn("lanhdao", PASSWORD.clone()).outcome()).isEqualTo(LoginResult.Outcome.SIGNED_IN);
        assertThat(new AuditLog(right.cache()).recent(10)).anyMatch(e -> SECRET.equals(e.detail()));
        right.closeUnused();
    }

    @Test
    void aPlainCacheIsEncryptedAtTheFirstLoginAfterTheSettingIsOn() throws Exception {
        try (CacheDatabase plain = CacheDatabase.open(dir, "live")) {
            new LocalUsers(plain, new PasswordHasher(1_000), Clock.systemUTC())
                    .create("setup", "lanhdao", "Lãnh đạo", Role.LEADER, PASSWORD.clone());
            note(plain);
        }
        assertThat(text(dir.resolve("live.mv.db"))).contains(SECRET);

        SessionAccess access = access(options(true, false, true));
        assertThat(access.prepare()).isEqualTo(LoginViewModel.Mode.SIGN_IN);
        assertThat(access.signIn("lanhdao", PASSWORD.clone()).outcome()).isEqualTo(LoginResult.Outcome.SIGNED_IN);
        assertThat(new AuditLog(access.cache()).recent(10)).anyMatch(e -> SECRET.equals(e.detail()));
        access.closeUnused();

        assertThat(CacheEncryption.isPlain(dir, "live")).isFalse();
        assertThat(text(dir.resolve("live.mv.db"))).doesNotContain(SECRET);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("live.mv.db.plain-old");
        }
    }

    @Test
    void anEncryptedCacheWithoutTheSettingIsNamedNotOpened() throws Exception {
        SessionAccess encrypted = access(options(true, false, true));
        encrypted.prepare();
        encrypted.createAdministrator("lanhdao", "Lãnh đạo", PASSWORD.clone());
        encrypted.closeUnused();

        assertThatThrownBy(() -> access(options(true, false, false)).prepare())
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("encrypt-cache: true");
    }

    @Test
    void everyUserAnAdministratorAddsOpensTheEncryptedCacheAndARemovedOneNoLonger() throws Exception {
        ConsoleOptions options = options(true, false, true);
        SessionAccess first = access(options);
        first.prepare();
        first.createAdministrator("quantri", "Quản trị", PASSWORD.clone());
        note(first.cache());
        first.users().create("quantri", "lanhdao", "Lãnh đạo", Role.LEADER, "mật khẩu lãnh đạo".toCharArray());
        first.users().create("quantri", "vanhanh", "Vận hành", Role.OPERATOR, "mật khẩu vận hành".toCharArray());
        first.closeUnused();

        for (String[] login : new String[][] {{"lanhdao", "mật khẩu lãnh đạo"}, {"vanhanh", "mật khẩu vận hành"}}) {
            SessionAccess session = access(options);
            assertThat(session.prepare()).isEqualTo(LoginViewModel.Mode.SIGN_IN);
            assertThat(session.signIn(login[0], login[1].toCharArray()).outcome())
                    .isEqualTo(LoginResult.Outcome.SIGNED_IN);
            assertThat(new AuditLog(session.cache()).recent(20)).anyMatch(e -> SECRET.equals(e.detail()));
            session.closeUnused();
        }

        SessionAccess admin = access(options);
        admin.prepare();
        admin.signIn("quantri", PASSWORD.clone());
        admin.users().remove("quantri", "vanhanh");
        admin.users().resetPassword("quantri", "lanhdao", "mật khẩu mới của lãnh đạo".toCharArray());
        admin.closeUnused();

        SessionAccess removed = access(options);
        removed.prepare();
        assertThat(removed.signIn("vanhanh", "mật khẩu vận hành".toCharArray()).outcome())
                .isEqualTo(LoginResult.Outcome.WRONG_CREDENTIALS);
        assertThat(removed.cache()).isNull();
        assertThat(removed.signIn("lanhdao", "mật khẩu lãnh đạo".toCharArray()).outcome())
                .isEqualTo(LoginResult.Outcome.WRONG_CREDENTIALS);
        assertThat(removed.signIn("lanhdao", "mật khẩu mới của lãnh đạo".toCharArray())
                        .outcome())
                .isEqualTo(LoginResult.Outcome.SIGNED_IN);
        removed.closeUnused();
        assertThat(text(dir.resolve("live.mv.db"))).doesNotContain(SECRET);
    }

    @Test
    void wrongPasswordsForAnEncryptedCacheLockTheUserThoughTheCacheNeverOpened() throws Exception {
        ConsoleOptions options = options(true, false, true);
        SessionAccess first = access(options);
        first.prepare();
        first.createAdministrator("lanhdao", "Lãnh đạo", PASSWORD.clone());
        first.closeUnused();

        SessionAccess session = access(options);
        session.prepare();
        for (int i = 1; i < LocalUsers.MAX_FAILURES; i++) {
            assertThat(session.signIn("lanhdao", "mật khẩu sai".toCharArray()).outcome())
                    .isEqualTo(LoginResult.Outcome.WRONG_CREDENTIALS);
        }
        assertThat(session.signIn("lanhdao", "mật khẩu sai".toCharArray()).outcome())
                .isEqualTo(LoginResult.Outcome.LOCKED);

        SessionAccess restarted = access(options);
        restarted.prepare();
        assertThat(restarted.signIn("lanhdao", PASSWORD.clone()).outcome()).isEqualTo(LoginResult.Outcome.LOCKED);
        assertThat(restarted.cache()).isNull();
        // Unknown names are not counted: nobody can fill the file.
        for (int i = 0; i < LocalUsers.MAX_FAILURES; i++) {
            assertThat(restarted.signIn("nobody", PASSWORD.clone()).outcome())
                    .isEqualTo(LoginResult.Outcome.WRONG_CREDENTIALS);
        }
    }

    @Test
    void aCacheEncryptedWithTheOlderOnePasswordKeyMovesIntoTheKeyring() throws Exception {
        CacheKeys older = new CacheKeys(1_000);
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "live", older.derive(dir, "live", PASSWORD))) {
            new LocalUsers(cache, new PasswordHasher(1_000), Clock.systemUTC())
                    .create("setup", "lanhdao", "Lãnh đạo", Role.ADMIN, PASSWORD.clone());
            note(cache);
        }

        SessionAccess session = access(options(true, false, true));
        assertThat(session.prepare()).isEqualTo(LoginViewModel.Mode.SIGN_IN);
        assertThat(session.signIn("lanhdao", PASSWORD.clone()).outcome()).isEqualTo(LoginResult.Outcome.SIGNED_IN);
        session.users().create("lanhdao", "minh", "Minh", Role.LEADER, "mật khẩu của Minh".toCharArray());
        session.closeUnused();

        assertThat(dir.resolve("live.salt")).doesNotExist();
        assertThat(dir.resolve("live.keys")).exists();
        SessionAccess minh = access(options(true, false, true));
        minh.prepare();
        assertThat(minh.signIn("minh", "mật khẩu của Minh".toCharArray()).outcome())
                .isEqualTo(LoginResult.Outcome.SIGNED_IN);
        assertThat(new AuditLog(minh.cache()).recent(20)).anyMatch(e -> SECRET.equals(e.detail()));
        minh.closeUnused();
    }

    @Test
    void anEncryptedCacheWhoseKeyFileIsGoneSaysSoAndStaysIntact() throws Exception {
        ConsoleOptions options = options(true, false, true);
        SessionAccess first = access(options);
        first.prepare();
        first.createAdministrator("lanhdao", "Lãnh đạo", PASSWORD.clone());
        first.closeUnused();
        byte[] before = Files.readAllBytes(dir.resolve("live.mv.db"));
        Files.move(dir.resolve("live.keys"), dir.resolve("live.keys.aside"));

        SessionAccess session = access(options);
        session.prepare();
        assertThatThrownBy(() -> session.signIn("lanhdao", PASSWORD.clone()))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("live.keys")
                .hasMessageContaining("missing");

        assertThat(Files.readAllBytes(dir.resolve("live.mv.db"))).isEqualTo(before);
        Files.move(dir.resolve("live.keys.aside"), dir.resolve("live.keys"));
        assertThat(session.signIn("lanhdao", PASSWORD.clone()).outcome()).isEqualTo(LoginResult.Outcome.SIGNED_IN);
        session.closeUnused();
    }

    @Test
    void aDrillClosesTheCacheOfItsUsersOnceSomeoneIsIn() throws Exception {
        ConsoleOptions drill = withScenario(options(false, true, false), "tai-nan-ql3");
        SessionAccess first = access(drill);
        assertThat(first.prepare()).isEqualTo(LoginViewModel.Mode.CREATE_ADMIN);
        first.createAdministrator("quantri", "Quản trị", PASSWORD.clone());
        LocalUsers users = first.users();
        assertThat(users).isNotNull();

        first.signedIn();

        assertThat(first.cache()).isNull();
        assertThat(first.users()).isNull();
        // Closed, not merely hidden: nothing of the drill can reach it through what was handed out before.
        assertThatThrownBy(users::list).isInstanceOf(RuntimeException.class);
    }

    private static ConsoleOptions withScenario(ConsoleOptions o, String scenario) {
        return o.toBuilder()
                .demo(true)
                .syncOnce(false)
                .exitAfterFirstFrame(false)
                .role(Role.TRAINER)
                .settingsProblem(null)
                .scenario(scenario)
                .build();
    }

    private static void note(CacheDatabase cache) {
        AuditLog audit = new AuditLog(cache);
        cache.jdbi().useTransaction(tx -> audit.append(tx, java.time.Instant.now(), "lanhdao", "note", "x", SECRET));
    }

    private SessionAccess access(ConsoleOptions options) {
        return new SessionAccess(options, new PasswordHasher(1_000), new CacheKeys(1_000), Clock.systemUTC());
    }

    /** @param live with a sources file (a live console) rather than the demo */
    private ConsoleOptions options(boolean live, boolean login, boolean encrypt) {
        Path sources = dir.resolve("sources.yaml");
        if (live) {
            try {
                Files.writeString(sources, "version: 1\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ConsoleOptions.builder(dir, sources, dir.resolve("logs"))
                .language(Language.EN)
                .theme(Theme.LIGHT)
                .loginRequired(login)
                .encryptCache(encrypt)
                .build();
    }

    private static String text(Path file) throws java.io.IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
