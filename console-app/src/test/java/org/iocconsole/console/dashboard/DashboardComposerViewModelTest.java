package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.DashboardStore;
import org.iocconsole.sync.dashboard.Widget;
import org.iocconsole.sync.kpi.KpiQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Composing on the grid, refusals with their reasons, and a save read back for the role. */
class DashboardComposerViewModelTest {
    private SampleCache cache;
    private DashboardStore store;
    private DashboardComposerViewModel vm;

    @BeforeEach
    void open() throws Exception {
        cache = new SampleCache(Files.createTempDirectory("composer"));
        KpiFixture.fill(cache);
        store = new DashboardStore(cache.database(), new ObjectMapper());
        vm = new DashboardComposerViewModel(
                store,
                new KpiQueries(cache.database())::catalog,
                new MutableClock(KpiFixture.NOW, ZoneId.of("Asia/Ho_Chi_Minh")),
                "tester",
                Runnable::run,
                Runnable::run);
        vm.start();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void cellsGoToTheFirstFreePlaceAndMoveOrGrowOnlyIntoFreeRoom() {
        vm.indicatorProperty().set(KpiFixture.ACCIDENTS);
        vm.add();
        vm.add();
        vm.add();
        vm.widgetProperty().set(Widget.TREND);
        vm.indicatorProperty().set(KpiFixture.DOSSIERS);
        vm.add();

        assertThat(vm.items())
                .containsExactly(
                        new DashboardItem(KpiFixture.ACCIDENTS, Widget.TILE, 0, 0, 2, 1),
                        new DashboardItem(KpiFixture.ACCIDENTS, Widget.TILE, 2, 0, 2, 1),
                        new DashboardItem(KpiFixture.ACCIDENTS, Widget.TILE, 4, 0, 2, 1),
                        new DashboardItem(KpiFixture.DOSSIERS, Widget.TREND, 0, 1, 3, 2));

        vm.move(1, 0);
        assertThat(vm.selectedProperty().get().column()).isEqualTo(1);
        vm.resize(3, 0);
        assertThat(vm.messageProperty().get()).isEqualTo("dashboard.compose.blocked");
        assertThat(vm.selectedProperty().get().width()).isEqualTo(3);
        vm.resize(2, 1);
        assertThat(vm.selectedProperty().get())
                .isEqualTo(new DashboardItem(KpiFixture.DOSSIERS, Widget.TREND, 1, 1, 5, 3));
        vm.move(0, -1);
        assertThat(vm.messageProperty().get()).isEqualTo("dashboard.compose.blocked");
        vm.resize(-5, 0);
        assertThat(vm.messageProperty().get()).isEqualTo("dashboard.compose.blocked");

        vm.selectedProperty().set(vm.items().get(0));
        vm.removeSelected();
        assertThat(vm.items()).hasSize(3);
    }

    @Test
    void aSavedDashboardComesBackForItsRoleAsComposed() {
        vm.nameProperty().set("Giao ban sáng");
        vm.roleProperty().set("wall");
        vm.dwellSecondsProperty().set(45);
        vm.indicatorProperty().set(KpiFixture.ACCIDENTS);
        vm.add();
        vm.widgetProperty().set(Widget.RANKING);
        vm.indicatorProperty().set(KpiFixture.DOSSIERS);
        vm.add();
        DashboardLayout composed = vm.layout();

        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("dashboard.compose.saved");
        DashboardLayout read = store.firstForRole("wall").orElseThrow();
        assertThat(read.name()).isEqualTo("Giao ban sáng");
        assertThat(read.dwell()).isEqualTo(Duration.ofSeconds(45));
        assertThat(read.items()).isEqualTo(composed.items());
        assertThat(store.firstForRole("leader")).isEmpty();
        assertThat(vm.saved()).extracting(DashboardLayout::id).containsExactly(read.id());

        vm.newDashboard();
        assertThat(vm.items()).isEmpty();
        vm.open(vm.saved().get(0));
        assertThat(vm.items()).isEqualTo(composed.items());
        assertThat(vm.roleProperty().get()).isEqualTo("wall");
    }

    @Test
    void aDashboardWithoutNameOrCellsOrWithATooShortDwellIsNotSaved() {
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("dashboard.problem.name");

        vm.nameProperty().set("Trống");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("dashboard.problem.empty");

        vm.add();
        vm.dwellSecondsProperty().set(2);
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("dashboard.compose.dwell-short");
        assertThat(store.all()).isEmpty();
    }
}
