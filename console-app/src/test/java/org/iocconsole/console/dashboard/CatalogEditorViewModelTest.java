package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.kpi.CatalogEntry;
import org.iocconsole.sync.kpi.IndicatorSettings;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Local catalog edits: validated, shown apart from the synced values, kept across a sync, reverted on demand. */
class CatalogEditorViewModelTest {
    private SampleCache cache;
    private CatalogEditorViewModel vm;

    @BeforeEach
    void open() throws Exception {
        cache = new SampleCache(Files.createTempDirectory("catalog"));
        KpiFixture.fill(cache);
        vm = new CatalogEditorViewModel(
                new IndicatorSettings(cache.database()),
                new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh")),
                "tester",
                Runnable::run,
                Runnable::run);
        vm.start();
        vm.selectedProperty().set(row(KpiFixture.ACCIDENTS));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private CatalogEditorViewModel.Row row(String code) {
        return vm.rows().stream()
                .filter(r -> r.synced().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private CatalogEntry entry(String code) {
        return new KpiQueries(cache.database())
                .catalog().stream()
                        .filter(e -> e.code().equals(code))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void badValuesAreRefusedWithTheirReasonAndNothingIsStored() {
        assertThat(vm.targetProperty().get()).isEqualTo("30");

        vm.warningProperty().set("bốn mươi");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("catalog.problem.number");

        vm.warningProperty().set("25");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("catalog.problem.order.lower");

        vm.warningProperty().set("45");
        vm.nameViProperty().set("  ");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("catalog.problem.name");
        assertThat(row(KpiFixture.ACCIDENTS).edited()).isFalse();
        assertThat(entry(KpiFixture.ACCIDENTS).indicator().warning()).isEqualTo(45.0);
    }

    @Test
    void aLocalEditIsUsedShownAsSuchAndSurvivesASyncUntilReverted() {
        vm.nameEnProperty().set("Road accidents");
        vm.targetProperty().set("20,5");
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("catalog.saved");
        CatalogEditorViewModel.Row edited = row(KpiFixture.ACCIDENTS);
        assertThat(edited.edited()).isTrue();
        assertThat(edited.local().target()).isEqualTo(20.5);
        assertThat(edited.local().warning())
                .as("unchanged fields follow the source")
                .isNull();
        assertThat(edited.synced().target()).isEqualTo(30.0);

        // The source sends the entry again with new levels: the local target and name stay, the rest follows it.
        cache.write(
                Contract.INDICATORS,
                List.of(new Indicator(
                        KpiFixture.ACCIDENTS,
                        "Số vụ tai nạn giao thông",
                        "Traffic accidents",
                        "traffic",
                        "vụ",
                        Indicator.Direction.LOWER_BETTER,
                        Period.Kind.MONTH,
                        28.0,
                        40.0,
                        55.0,
                        Instant.parse("2026-11-23T00:00:00Z"))));
        Indicator used = entry(KpiFixture.ACCIDENTS).indicator();
        assertThat(used.nameEn()).isEqualTo("Road accidents");
        assertThat(used.target()).isEqualTo(20.5);
        assertThat(used.warning()).isEqualTo(40.0);

        vm.revert();
        assertThat(vm.messageProperty().get()).isEqualTo("catalog.reverted");
        assertThat(entry(KpiFixture.ACCIDENTS).indicator().target()).isEqualTo(28.0);
        assertThat(row(KpiFixture.ACCIDENTS).edited()).isFalse();
    }
}
