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
        return new DashboardLayout(
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
}
