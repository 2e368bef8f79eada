package org.iocconsole.sync.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.cache.CacheKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One encrypted H2 cache file, its key wrapped for each user under their own password. */
class CacheKeyringTest {
    private static final String SECRET = "Bao cao khan cua so Tai nguyen";
    private static final char[] LAN = "mật khẩu của Lan 2026".toCharArray();
    private static final char[] MINH = "mật khẩu của Minh 2026".toCharArray();

    @TempDir
    Path dir;

    private CacheKeyring keyring() {
        return new CacheKeyring(dir, "live", 1_000);
    }

    @Test
    void twoUsersEachOpenTheSameEncryptedCacheWithTheirOwnPassword() {
        CacheKeyring.Unlocked first = keyring().fresh("lan", LAN.clone());
        first.wrapFor("minh", MINH.clone());
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "live", first.cacheKey())) {
            note(cache);
        }

        for (var user : List.of(new Object[] {"lan", LAN}, new Object[] {"minh", MINH})) {
            CacheKey key = keyring()
                    .unlock((String) user[0], ((char[]) user[1]).clone())
                    .orElseThrow()
                    .cacheKey();
            try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "live", key)) {
                assertThat(new AuditLog(cache).recent(1).get(0).detail()).isEqualTo(SECRET);
            }
        }
        assertThat(keyring().users()).containsExactly("lan", "minh");
    }

    @Test
    void aRemovedUserNoLongerUnlocksIt() {
        CacheKeyring.Unlocked first = keyring().fresh("lan", LAN.clone());
        first.wrapFor("minh", MINH.clone());
        assertThat(keyring().unlock("minh", MINH.clone())).isPresent();

        first.remove("minh");

        assertThat(keyring().unlock("minh", MINH.clone())).isEmpty();
        assertThat(keyring().unlock("lan", LAN.clone())).isPresent();
        assertThat(keyring().users()).containsExactly("lan");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserUnlockNothingAndLoseNothing() throws IOException {
        keyring().fresh("lan", LAN.clone());
        byte[] before = Files.readAllBytes(keyring().file());

        assertThat(keyring().unlock("lan", MINH.clone())).isEmpty();
        assertThat(keyring().unlock("nobody", LAN.clone())).isEmpty();

        assertThat(Files.readAllBytes(keyring().file())).isEqualTo(before);
        assertThat(keyring().unlock("lan", LAN.clone())).isPresent();
    }

    @Test
    void aPasswordChangeReplacesTheWrap() {
        CacheKeyring.Unlocked first = keyring().fresh("lan", LAN.clone());
        first.wrapFor("minh", MINH.clone());

        first.wrapFor("minh", "mật khẩu mới của Minh".toCharArray());

        assertThat(keyring().unlock("minh", MINH.clone())).isEmpty();
        assertThat(keyring().unlock("minh", "mật khẩu mới của Minh".toCharArray()))
                .map(u -> u.cacheKey().toString())
                .contains(first.cacheKey().toString());
    }

    @Test
    void theCacheFileCannotBeOpenedWithoutItsKey() throws IOException {
        CacheKeyring.Unlocked first = keyring().fresh("lan", LAN.clone());
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "live", first.cacheKey())) {
            note(cache);
        }

        assertThat(new String(Files.readAllBytes(dir.resolve("live.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain(SECRET);
        assertThatThrownBy(() -> CacheDatabase.open(dir, "live")).isInstanceOf(CacheException.class);
        // Another random key, as a cache opened with a key not its own.
        CacheKey other = new CacheKeyring(dir.resolve("other"), "live", 1_000)
                .fresh("lan", LAN.clone())
                .cacheKey();
        assertThatThrownBy(() -> CacheDatabase.openEncrypted(dir, "live", other))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("cannot be opened with this password");
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "live", first.cacheKey())) {
            assertThat(new AuditLog(cache).recent(1)).hasSize(1);
        }
    }

    @Test
    void aWrapCopiedToAnotherUserDoesNotOpen() throws IOException {
        keyring().fresh("lan", LAN.clone());
        String line = Files.readAllLines(keyring().file()).get(1);
        Files.writeString(keyring().file(), line.replaceFirst("^lan ", "minh ") + "\n");

        assertThat(keyring().unlock("minh", LAN.clone())).isEmpty();
    }

    @Test
    void aMissingOrDamagedKeyFileIsNamed() throws IOException {
        assertThatThrownBy(() -> keyring().unlock("lan", LAN.clone()))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("live.keys")
                .hasMessageContaining("missing");

        Files.writeString(keyring().file(), "lan 1000 not-base64!\n");

        assertThatThrownBy(() -> keyring().unlock("lan", LAN.clone()))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("live.keys")
                .hasMessageContaining("damaged at line 1");
    }

    @Test
    void theUnlockedKeyNeverShowsItsText() {
        CacheKeyring.Unlocked first = keyring().fresh("lan", LAN.clone());

        assertThat(first.toString()).isEqualTo("Unlocked[hidden]");
        assertThat(first.cacheKey().toString()).isEqualTo("CacheKey[hidden]");
    }

    private static void note(CacheDatabase cache) {
        AuditLog audit = new AuditLog(cache);
        cache.jdbi()
                .useTransaction(
                        tx -> audit.append(tx, Instant.parse("2026-12-01T02:00:00Z"), "lan", "note", "R-1", SECRET));
    }
}
