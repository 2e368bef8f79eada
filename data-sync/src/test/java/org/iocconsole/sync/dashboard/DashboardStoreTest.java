package org.iocconsole.sync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.TestCaches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    @TempDir
    Path dir;

    private static DashboardLayout layout(String id, String role, int position, int dwellSeconds) {
        return DashboardLayout.ofLists(
                id,
                role,
                "Bảng " + id,
                List.of("PS_ONTIME_RATE", "TRF_ACCIDENTS"),
                List.of("PS_DOSSIERS_RECEIVED"),
                Duration.ofSeconds(dwellSeconds),
                position);
    }

    @Test
    void savesPerRoleInRotationOrderAndSkipsADamagedRow() {
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            DashboardStore store = new DashboardStore(db, TestCaches.mapper());
            store.save(layout("b", "leader", 2, 30), "admin", T0);
            store.save(layout("a", "leader", 1, 60), "admin", T0);
            store.save(layout("c", "operator", 1, 60), "admin", T0);
            store.save(layout("a", "leader", 1, 45), "admin", T0.plusSeconds(5));
            db.jdbi()
                    .useHandle(h -> h.execute("INSERT INTO dashboard (dashboard_id, role, name, layout, "
                            + "dwell_seconds, position, updated_at) VALUES ('z', 'leader', 'hỏng', '{not json', 30, 3, "
                            + "CURRENT_TIMESTAMP)"));

            List<DashboardLayout> leader = store.forRole("leader");

            assertThat(leader).extracting(DashboardLayout::id).containsExactly("a", "b");
            assertThat(leader.get(0).dwell()).isEqualTo(Duration.ofSeconds(45));
            assertThat(leader.get(0).tiles()).containsExactly("PS_ONTIME_RATE", "TRF_ACCIDENTS");
            assertThat(leader.get(0).charts()).containsExactly("PS_DOSSIERS_RECEIVED");
        }
    }

    @Test
    void aWallDwellsOnEachDashboardForItsOwnTimeAndStartsOver() {
        WallRotation wall = new WallRotation(List.of(layout("a", "wall", 1, 60), layout("b", "wall", 2, 30)), T0);

        assertThat(wall.at(T0).id()).isEqualTo("a");
        assertThat(wall.at(T0.plusSeconds(59)).id()).isEqualTo("a");
        assertThat(wall.at(T0.plusSeconds(60)).id()).isEqualTo("b");
        assertThat(wall.at(T0.plusSeconds(89)).id()).isEqualTo("b");
        assertThat(wall.at(T0.plusSeconds(90)).id()).isEqualTo("a");
        assertThat(new WallRotation(List.of(), T0).at(T0)).isNull();
        assertThatThrownBy(() -> layout("x", "wall", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWallReadingItsDashboardsAgainCarriesOnWithTheNextAndCountsEveryTurn() {
        List<DashboardLayout> three =
                List.of(layout("a", "wall", 1, 60), layout("b", "wall", 2, 30), layout("c", "wall", 3, 20));
        WallRotation wall = WallRotation.from(three, 1, T0);

        assertThat(wall.at(T0).id()).isEqualTo("b");
        assertThat(wall.at(T0.plusSeconds(29)).id()).isEqualTo("b");
        assertThat(wall.at(T0.plusSeconds(30)).id()).isEqualTo("c");
        assertThat(wall.at(T0.plusSeconds(50)).id()).isEqualTo("a");
        WallRotation alone = new WallRotation(List.of(layout("a", "wall", 1, 60)), T0);
        assertThat(alone.turnAt(T0.plusSeconds(59))).isEqualTo(0);
        assertThat(alone.turnAt(T0.plusSeconds(60))).isEqualTo(1);
        assertThat(wall.turnAt(T0.plusSeconds(29))).isNotEqualTo(wall.turnAt(T0.plusSeconds(30)));
        assertThat(new WallRotation(List.of(), T0).turnAt(T0)).isEqualTo(-1);
    }

    @Test
    void listenersHearOfEverySaveAndDeleteAfterItIsWritten() {
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            DashboardStore store = new DashboardStore(db, TestCaches.mapper());
            List<String> heard = new java.util.ArrayList<>();
            store.onChange(id -> heard.add(id + ":" + store.find(id).isPresent()));

            store.save(layout("a", "wall", 1, 60), "admin", T0);
            store.delete("a");

            assertThat(heard).containsExactly("a:true", "a:false");
        }
    }

    @Test
    void aComposedLayoutComesBackCellForCellAndTheFirstOfARoleIsItsOwn() {
        DashboardLayout composed = new DashboardLayout(
                "traffic",
                "operator",
                "Giao thông",
                List.of(
                        new DashboardItem("TRF_ACCIDENTS", Widget.TILE, 0, 0, 2, 1),
                        new DashboardItem("TRF_DEATHS", Widget.TILE, 2, 0, 1, 1),
                        new DashboardItem("TRF_ACCIDENTS", Widget.BARS, 0, 1, 3, 2),
                        new DashboardItem("TRF_INJURIES", Widget.RANKING, 3, 1, 3, 2),
                        new DashboardItem("TRF_ACCIDENTS", Widget.TREND, 0, 3, 6, 2)),
                Duration.ofSeconds(40),
                2);
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            DashboardStore store = new DashboardStore(db, TestCaches.mapper());
            store.save(composed, "admin", T0);
            store.save(layout("first", "operator", 1, 30), "admin", T0);
            store.save(layout("lead", "leader", 1, 30), "admin", T0);

            assertThat(store.find("traffic")).contains(composed);
            assertThat(store.firstForRole("operator").orElseThrow().id()).isEqualTo("first");
            assertThat(store.firstForRole("leader").orElseThrow().id()).isEqualTo("lead");
            assertThat(store.firstForRole("trainer")).isEmpty();
            assertThat(store.all()).extracting(DashboardLayout::id).containsExactly("lead", "first", "traffic");
            assertThat(composed.tiles()).containsExactly("TRF_ACCIDENTS", "TRF_DEATHS");
            assertThat(composed.charts()).containsExactly("TRF_ACCIDENTS", "TRF_INJURIES", "TRF_ACCIDENTS");
        }
    }

    @Test
    void aLayoutWithOverlappingOrOutsideCellsOrNoNameIsNotSaved() {
        DashboardLayout overlapping = new DashboardLayout(
                "x",
                "leader",
                " ",
                List.of(
                        new DashboardItem("A", Widget.TILE, 0, 0, 2, 1),
                        new DashboardItem("B", Widget.TILE, 1, 0, 2, 1),
                        new DashboardItem("C", Widget.TREND, 4, 0, 3, 1)),
                Duration.ofSeconds(30),
                1);

        assertThat(overlapping.problems())
                .containsExactly("dashboard.problem.name", "dashboard.problem.outside", "dashboard.problem.overlap");
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            DashboardStore store = new DashboardStore(db, TestCaches.mapper());
            assertThatThrownBy(() -> store.save(overlapping, "admin", T0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.all()).isEmpty();
        }
    }

    @Test
    void aCellOfAnUnknownWidgetIsLeftOutAndTheRestShown() {
        try (CacheDatabase db = CacheDatabase.open(dir, "cache")) {
            db.jdbi()
                    .useHandle(h -> h.execute("INSERT INTO dashboard (dashboard_id, role, name, layout, "
                            + "dwell_seconds, position, updated_at) VALUES ('n', 'leader', 'mới', "
                            + "'{\"items\": [{\"indicator\": \"A\", \"widget\": \"gauge\"}, "
                            + "{\"indicator\": \"B\", \"widget\": \"tile\", \"column\": 1, \"row\": 0, "
                            + "\"width\": 2, \"height\": 1}]}', 30, 1, CURRENT_TIMESTAMP)"));

            DashboardLayout read =
                    new DashboardStore(db, TestCaches.mapper()).find("n").orElseThrow();

            assertThat(read.items()).containsExactly(new DashboardItem("B", Widget.TILE, 1, 0, 2, 1));
        }
    }
}
