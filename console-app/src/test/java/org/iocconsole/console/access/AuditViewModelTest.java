package org.iocconsole.console.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.access.LocalUser;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.cache.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START, VN);
    private UsersFixture fixture;

    @BeforeEach
    void fill() {
        fixture = new UsersFixture(dir, clock);
        fixture.cache.jdbi().useTransaction(tx -> {
            for (int i = 0; i < 250; i++) {
                fixture.audit.append(
                        tx, START.plusSeconds(300L * i), i % 2 == 0 ? "minh" : "lan", "report.assign", "R-" + i, null);
            }
            // 2026-11-22 00:30 in Vietnam is still 21 November in UTC: the day filter counts in the console's zone.
            fixture.audit.append(tx, Instant.parse("2026-11-21T17:30:00Z"), "lan", "login.failed", "lan", null);
        });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void pagesNewestFirstAHundredAtATime() {
        AuditViewModel vm = viewer(Role.ADMIN);

        vm.search();
        assertThat(vm.totalProperty().get()).isEqualTo(251);
        assertThat(vm.getEntries()).hasSize(AuditViewModel.PAGE_SIZE);
        assertThat(vm.getEntries().get(0).action()).isEqualTo("login.failed");
        vm.nextPage();
        vm.nextPage();
        assertThat(vm.pageProperty().get()).isEqualTo(2);
        assertThat(vm.getEntries()).hasSize(51);
        vm.nextPage();
        assertThat(vm.pageProperty().get()).as("no page past the last").isEqualTo(2);
        vm.previousPage();
        assertThat(vm.getEntries()).hasSize(AuditViewModel.PAGE_SIZE);
    }

    @Test
    void filtersByUserActionAndDayInTheConsolesZone() {
        AuditViewModel vm = viewer(Role.ADMIN);

        vm.userProperty().set("Lan");
        vm.actionProperty().set("login");
        vm.search();
        assertThat(vm.getEntries()).extracting(AuditEntry::action).containsExactly("login.failed");

        vm.actionProperty().set("");
        vm.userProperty().set("");
        vm.fromDayProperty().set(LocalDate.of(2026, 11, 22));
        vm.toDayProperty().set(LocalDate.of(2026, 11, 22));
        vm.search();
        assertThat(vm.getEntries()).extracting(AuditEntry::actor).containsExactly("lan");
    }

    @Test
    void exportsTheFilteredEntriesAsCsv() throws Exception {
        AuditViewModel vm = viewer(Role.ADMIN);
        vm.userProperty().set("lan");
        Path file = dir.resolve("audit.csv");

        vm.exportCsv(file);

        assertThat(vm.resultProperty().get()).isEqualTo("done:" + file + ":126");
        assertThat(Files.readAllLines(file)).hasSize(127).allMatch(line -> !line.contains(",minh,"));
    }

    @Test
    void aLeaderSeesNothingAndCannotExport() {
        AuditViewModel vm = viewer(Role.LEADER);

        vm.search();
        vm.exportCsv(dir.resolve("audit.csv"));

        assertThat(vm.getEntries()).isEmpty();
        assertThat(vm.resultProperty().get()).isEqualTo("refused");
        assertThat(dir.resolve("audit.csv")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() {
        AuditViewModel vm = viewer(Role.ADMIN);

        vm.exportCsv(dir.resolve("no-such-folder").resolve("audit.csv"));

        assertThat(vm.resultProperty().get()).startsWith("failed:").contains("no-such-folder");
    }

    private AuditViewModel viewer(Role role) {
        AccessGate gate = AccessGate.signedIn(new LocalUser("quantri", "", role), false);
        return new AuditViewModel(fixture.audit, gate, VN, Runnable::run, Runnable::run);
    }
}
