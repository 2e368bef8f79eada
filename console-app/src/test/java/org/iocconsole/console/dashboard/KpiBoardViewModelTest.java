package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.kpi.KpiStatus;
import org.iocconsole.sync.kpi.Note;
import org.iocconsole.sync.kpi.PeriodView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's state over a real cache holding the hand-worked province of {@link KpiFixture}. */
class KpiBoardViewModelTest {
    @TempDir
    Path dir;

    private SampleCache cache;
    private KpiBoardViewModel vm;
    private final List<Alert> acknowledged = new ArrayList<>();

    @BeforeEach
    void open() {
        cache = new SampleCache(dir);
        KpiFixture.fill(cache);
        BoardLoader loader = new BoardLoader(
                new KpiService(new KpiQueries(cache.database())),
                new UnitQueries(cache.database()),
                new AlertStore(cache.database()));
        vm = new KpiBoardViewModel(
                loader::load,
                acknowledged::add,
                new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh")),
                Runnable::run,
                Runnable::run);
        vm.start();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private TileData tile(String code) {
        return vm.dataProperty().get().tiles().stream()
                .filter(t -> t.entry().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void opensOnTheLastCompleteMonthOfTheProvince() {
        BoardData data = vm.dataProperty().get();

        assertThat(data.window().first()).hasToString("2026-10");
        assertThat(data.areaName()).isEqualTo("Tỉnh Thái Nguyên");
        assertThat(data.lineage()).extracting(c -> c.oldCode()).containsExactly("06", "19");
        // 363 against 330 in October 2025: +10 %
        TileData dossiers = tile(KpiFixture.DOSSIERS);
        assertThat(dossiers.reading().current().value()).isEqualTo(363.0);
        assertThat(dossiers.reading().vsLastYear().percent()).isCloseTo(10.0, within(1e-9));
        assertThat(tile(KpiFixture.ACCIDENTS).reading().status()).isEqualTo(KpiStatus.CRITICAL);
    }

    @Test
    void yearToDateAddsUpAcrossTheReform() {
        vm.viewProperty().set(PeriodView.YEAR_TO_DATE);

        TileData dossiers = tile(KpiFixture.DOSSIERS);
        // 2026: 10 × 363 = 3,630; 2025: 6 × (100 + 200) + 4 × 330 = 3,120; 3,630 / 3,120 - 1 = 16.35 %
        assertThat(dossiers.reading().current().value()).isEqualTo(3630.0);
        assertThat(dossiers.reading().vsLastYear().difference()).isEqualTo(510.0);
        assertThat(dossiers.reading().vsLastYear().percent()).isCloseTo(510.0 / 3120 * 100, within(1e-9));
    }

    @Test
    void drillsDownToACommuneAndBack() {
        BoardData province = vm.dataProperty().get();
        assertThat(province.byUnit()).extracting(UnitValue::code).containsExactly(KpiFixture.WARD, KpiFixture.COMMUNE);

        vm.drillDown(KpiFixture.WARD);

        BoardData ward = vm.dataProperty().get();
        assertThat(ward.areaName()).isEqualTo("Phan Đình Phùng");
        assertThat(ward.byUnit()).isEmpty();
        assertThat(tile(KpiFixture.DOSSIERS).reading().current().value()).isEqualTo(42.0);
        // a year before, 35
        assertThat(tile(KpiFixture.DOSSIERS).reading().vsLastYear().percent()).isCloseTo(20.0, within(1e-9));
        assertThat(tile(KpiFixture.ACCIDENTS).reading().current().notes()).containsExactly(Note.NO_DATA);

        vm.monthProperty().set(java.time.YearMonth.of(2025, 3));
        // 00001 + 00002 = 30 before the reform
        assertThat(tile(KpiFixture.DOSSIERS).reading().current().value()).isEqualTo(30.0);

        vm.drillDown(KpiFixture.COMMUNE);
        assertThat(tile(KpiFixture.DOSSIERS).reading().current().notes()).containsExactly(Note.NOT_COMBINABLE);

        vm.backToProvince();
        assertThat(vm.dataProperty().get().areaCode()).isEqualTo("19");
        assertThat(tile(KpiFixture.DOSSIERS).reading().current().value()).isEqualTo(300.0);
    }
}
