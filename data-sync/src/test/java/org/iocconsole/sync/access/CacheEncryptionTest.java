package org.iocconsole.sync.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheEncryption;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.cache.CacheKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain cache turned into an encrypted one: copied, checked, replaced, and nothing left in clear. */
class CacheEncryptionTest {
    private static final String SECRET = "Sat lo tren quoc lo 3, xa Tan Cuong";
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");

    @TempDir
    Path dir;

    private final CacheKeys keys = new CacheKeys(1_000);

    @Test
    void aPlainCacheBecomesEncryptedWithEveryRowAndNoClearCopy() throws IOException {
        try (CacheDatabase cache = CacheDatabase.open(dir, "live")) {
            AuditLog audit = new AuditLog(cache);
            cache.jdbi().useTransaction(tx -> {
                for (int i = 0; i < 50; i++) {
                    audit.append(tx, AT.plusSeconds(i), "lan", "report.note", "R-" + i, SECRET);
                }
            });
        }
        assertThat(CacheEncryption.isPlain(dir, "live")).isTrue();
        CacheKey key = keys.derive(dir, "live", "mật khẩu của lãnh đạo".toCharArray());

        CacheEncryption.encrypt(dir, "live", key);

        assertThat(CacheEncryption.isPlain(dir, "live")).isFalse();
        assertThat(text(dir.resolve("live.mv.db"))).doesNotContain(SECRET);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("live.mv.db", "live.salt");
        }
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "live", key)) {
            assertThat(new AuditLog(cache).recent(100)).hasSize(50).allMatch(e -> SECRET.equals(e.detail()));
        }
        assertThatThrownBy(() -> CacheDatabase.open(dir, "live")).isInstanceOf(CacheException.class);
    }

    @Test
    void aFileThatIsNoCacheIsLeftAsItWasWithAClearMessage() throws IOException {
        byte[] junk = "H:2,this is not really a cache".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("live.mv.db"), junk);
        CacheKey key = keys.derive(dir, "live", "mật khẩu".toCharArray());

        assertThatThrownBy(() -> CacheEncryption.encrypt(dir, "live", key))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("live.mv.db");

        assertThat(Files.readAllBytes(dir.resolve("live.mv.db"))).isEqualTo(junk);
        assertThat(dir.resolve(".encrypting-live")).doesNotExist();
    }

    @Test
    void noFileIsNotPlain() {
        assertThat(CacheEncryption.isPlain(dir, "live")).isFalse();
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
