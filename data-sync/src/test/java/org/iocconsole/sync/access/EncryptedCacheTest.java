package org.iocconsole.sync.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.iocconsole.sync.cache.AuditLog;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.cache.CacheKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedCacheTest {
    /** ASCII, so that it can be looked for in the file's bytes: H2 stores other characters its own way. */
    private static final String SECRET = "Ngap ung o phuong Phan Dinh Phung, Thai Nguyen";

    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");

    @TempDir
    Path dir;

    private final CacheKeys keys = new CacheKeys(1_000);

    @Test
    void theFileRevealsNothingAndTheRightPasswordReadsItBack() throws IOException {
        CacheKey key = keys.derive(dir, "cache", "mật khẩu của lãnh đạo".toCharArray());
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "cache", key)) {
            record(cache);
        }

        assertThat(contains(dir.resolve("cache.mv.db"), SECRET)).isFalse();
        assertThat(contains(dir.resolve("cache.mv.db"), "AUDIT_LOG")).isFalse();
        CacheKey again = keys.derive(dir, "cache", "mật khẩu của lãnh đạo".toCharArray());
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "cache", again)) {
            assertThat(new AuditLog(cache).recent(1).get(0).detail()).isEqualTo(SECRET);
        }
    }

    @Test
    void aPlainCacheDoesShowItsText() throws IOException {
        try (CacheDatabase cache = CacheDatabase.open(dir, "cache")) {
            record(cache);
        }

        // The same checks as for the encrypted file, which must be able to fail.
        assertThat(contains(dir.resolve("cache.mv.db"), SECRET)).isTrue();
        assertThat(contains(dir.resolve("cache.mv.db"), "AUDIT_LOG")).isTrue();
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndTheCacheStaysIntact() {
        CacheKey key = keys.derive(dir, "cache", "mật khẩu của lãnh đạo".toCharArray());
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "cache", key)) {
            record(cache);
        }
        CacheKey wrong = keys.derive(dir, "cache", "mật khẩu sai".toCharArray());

        assertThatThrownBy(() -> CacheDatabase.openEncrypted(dir, "cache", wrong))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("cannot be opened with this password")
                .hasMessageNotContaining(key.toString().substring(0, 5) + "0");
        try (CacheDatabase cache = CacheDatabase.openEncrypted(dir, "cache", key)) {
            assertThat(new AuditLog(cache).recent(1)).hasSize(1);
        }
    }

    @Test
    void aPlainCacheOpenedWithAKeyIsRefusedWithTheSameMessage() {
        try (CacheDatabase cache = CacheDatabase.open(dir, "cache")) {
            record(cache);
        }
        CacheKey key = keys.derive(dir, "cache", "mật khẩu của lãnh đạo".toCharArray());

        assertThatThrownBy(() -> CacheDatabase.openEncrypted(dir, "cache", key))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("cannot be opened with this password");
    }

    @Test
    void aDamagedSaltIsNamed() throws IOException {
        Files.write(dir.resolve("cache.salt"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> keys.derive(dir, "cache", "mật khẩu".toCharArray()))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("cache.salt")
                .hasMessageContaining("damaged");
    }

    @Test
    void theKeyNeverShowsItsText() {
        CacheKey key = keys.derive(dir, "cache", "mật khẩu".toCharArray());

        assertThat(key.toString()).isEqualTo("CacheKey[hidden]");
    }

    @Test
    void theAuditLogExportsAsCsvWithFormulasDefused() throws IOException {
        try (CacheDatabase cache = CacheDatabase.open(dir, "cache")) {
            AuditLog audit = new AuditLog(cache);
            cache.jdbi().useTransaction(tx -> {
                audit.append(tx, AT, "minh", "report.assign", "HN-1", "giao cho \"Sở Xây dựng\", gấp");
                audit.append(tx, AT.plusSeconds(60), "lan", "alert.ack", "A-7", "=HYPERLINK(\"x\")");
                audit.append(tx, AT.plusSeconds(7200), "lan", "login", "lan", null);
            });
            StringWriter out = new StringWriter();

            long written = audit.exportCsv(AT, AT.plusSeconds(3600), out);

            assertThat(written).isEqualTo(2);
            assertThat(out.toString().lines())
                    .containsExactly(
                            "id,at,actor,action,target,detail",
                            "1,2026-11-22T02:00:00Z,minh,report.assign,HN-1,\"giao cho \"\"Sở Xây dựng\"\", gấp\"",
                            "2,2026-11-22T02:01:00Z,lan,alert.ack,A-7,\"'=HYPERLINK(\"\"x\"\")\"");
        }
    }

    private static void record(CacheDatabase cache) {
        AuditLog audit = new AuditLog(cache);
        cache.jdbi().useTransaction(tx -> audit.append(tx, AT, "lan", "report.note", "R-1", SECRET));
    }

    private static boolean contains(Path file, String text) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
