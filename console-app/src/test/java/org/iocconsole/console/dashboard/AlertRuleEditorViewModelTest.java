package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.ZoneId;
import java.util.Set;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertRule;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.alert.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert rule editor refuses a bad rule with its reason and saves a good one for the next evaluation. */
class AlertRuleEditorViewModelTest {
    private SampleCache cache;
    private AlertStore store;
    private AlertRuleEditorViewModel vm;

    @BeforeEach
    void open() throws Exception {
        cache = new SampleCache(Files.createTempDirectory("rules"));
        store = new AlertStore(cache.database());
        vm = new AlertRuleEditorViewModel(
                store,
                () -> Set.of(KpiFixture.ACCIDENTS),
                () -> Set.of("open311"),
                new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh")),
                Runnable::run,
                Runnable::run);
        vm.start();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void badRulesAreRefusedWithTheirReason() {
        vm.newRule();
        vm.ruleIdProperty().set("cams");
        vm.kindProperty().set(AlertKind.CAMERAS_OFFLINE_SHARE);
        vm.thresholdProperty().set("mười");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("rules.problem.number");

        vm.thresholdProperty().set("120");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("rules.problem.share");

        vm.kindProperty().set(AlertKind.SOURCE_STALE);
        vm.thresholdProperty().set("12");
        vm.subjectProperty().set("vneid");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("rules.problem.source");
        assertThat(store.rules()).extracting(AlertRule::ruleId).doesNotContain("cams");
    }

    @Test
    void aGoodRuleIsSavedAndAnEditedOneReplacesIt() {
        int before = vm.rules().size();
        vm.newRule();
        vm.ruleIdProperty().set("overdue-ward");
        vm.kindProperty().set(AlertKind.OVERDUE_REPORTS);
        vm.thresholdProperty().set("20");
        vm.severityProperty().set(Severity.CRITICAL);
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("rules.saved");
        assertThat(vm.rules()).hasSize(before + 1);
        AlertRule saved = store.rules().stream()
                .filter(r -> r.ruleId().equals("overdue-ward"))
                .findFirst()
                .orElseThrow();
        assertThat(saved)
                .isEqualTo(
                        new AlertRule("overdue-ward", AlertKind.OVERDUE_REPORTS, null, 20.0, Severity.CRITICAL, true));

        vm.selectedProperty().set(saved);
        assertThat(vm.thresholdProperty().get()).isEqualTo("20");
        vm.delete();
        assertThat(vm.messageProperty().get()).isEqualTo("rules.deleted");
        assertThat(vm.rules()).hasSize(before);
    }
}
