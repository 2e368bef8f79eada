package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditQueryTest {
    private static final Instant DAY1 = Instant.parse("2026-11-20T03:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-11-21T03:00:00Z");

    @TempDir
    Path dir;

    private CacheDatabase cache;
    private AuditLog audit;

    @BeforeEach
    void fill() {
        cache = CacheDatabase.open(dir, "cache");
        audit = new AuditLog(cache);
        cache.jdbi().useTransaction(tx -> {
            audit.append(tx, DAY1, "lan", "login", "lan", "LEADER");
            audit.append(tx, DAY1.plusSeconds(60), "minh", "login.failed", "minh", "attempt 1");
            audit.append(tx, DAY2, "Minh", "report.acknowledge", "r-1", null);
            audit.append(tx, DAY2.plusSeconds(60), "minh", "loginx", "minh", "not the login family");
            audit.append(tx, DAY2.plusSeconds(120), "admin", "user.create", "lan", "=HYPERLINK(\"x\")");
        });
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void filtersByUserActionFamilyAndTime() {
        assertThat(actions(new AuditFilter("MINH", null, null, null)))
                .containsExactly("loginx", "report.acknowledge", "login.failed");
        assertThat(actions(new AuditFilter(null, "login", null, null))).containsExactly("login.failed", "login");
        assertThat(actions(new AuditFilter(null, null, DAY2, DAY2.plusSeconds(120))))
                .containsExactly("loginx", "report.acknowledge");
        assertThat(audit.count(new AuditFilter("minh", "login", null, null))).isEqualTo(1);
        assertThat(audit.count(AuditFilter.all())).isEqualTo(5);
    }

    @Test
    void pagesNewestFirstWithoutGapsOrRepeats() {
        List<AuditEntry> first = audit.page(AuditFilter.all(), 0, 2);
        List<AuditEntry> second = audit.page(AuditFilter.all(), 2, 2);
        List<AuditEntry> third = audit.page(AuditFilter.all(), 4, 2);

        assertThat(first).extracting(AuditEntry::action).containsExactly("user.create", "loginx");
        assertThat(second).extracting(AuditEntry::action).containsExactly("report.acknowledge", "login.failed");
        assertThat(third).extracting(AuditEntry::action).containsExactly("login");
        assertThat(audit.page(AuditFilter.all(), 5, 2)).isEmpty();
    }

    @Test
    void exportsOnlyTheFilteredEntriesAndDisarmsFormulas() throws Exception {
        StringWriter out = new StringWriter();

        long written = audit.exportCsv(new AuditFilter("admin", null, null, null), out);

        assertThat(written).isEqualTo(1);
        assertThat(out.toString())
                .startsWith("id,at,actor,action,target,detail\n")
                .contains("'=HYPERLINK");
        assertThat(out.toString()).doesNotContain("login");
    }

    @Test
    void aWildcardInTheActionIsTakenLiterally() {
        assertThat(audit.count(new AuditFilter(null, "%", null, null))).isZero();
        assertThat(audit.count(new AuditFilter(null, "login_failed", null, null)))
                .isZero();
    }

    private List<String> actions(AuditFilter filter) {
        return audit.page(filter, 0, 50).stream().map(AuditEntry::action).toList();
    }
}
