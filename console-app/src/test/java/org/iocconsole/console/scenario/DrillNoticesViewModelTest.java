package org.iocconsole.console.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.maps.feature.FeatureCollection;
import org.iocconsole.sync.cache.NoticeQueries;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Notice;
import org.iocconsole.sync.scenario.ScenarioCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill's notices read from a real cache file, as a sync leaves them, run inline without the toolkit. */
class DrillNoticesViewModelTest {
    private static final Instant T0 = Instant.parse("2026-04-29T07:00:00Z");

    @TempDir
    Path dir;

    private SampleCache cache;
    private DrillNoticesViewModel vm;

    @BeforeEach
    void open() {
        cache = new SampleCache(dir);
        NoticeQueries queries = new NoticeQueries(cache.database());
        vm = new DrillNoticesViewModel(
                queries::latestAlertsAndMessages,
                queries::activeAreas,
                DrillNoticesViewModel.SHOWN,
                Runnable::run,
                Runnable::run);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void showsTheLatestAlertsAndMessagesNewestFirstAndTheAreasAsPolygons() {
        cache.write(
                Contract.NOTICES,
                List.of(
                        alert("alert-1", 15),
                        message("message-3", 30),
                        message("message-5", 90),
                        message("message-7", 100),
                        area("area-phong-toa", 20, null)));
        vm.onChange(new ChangeEvent("notices", Contract.NOTICES, List.of("alert-1"), T0));

        assertThat(vm.latestProperty().get())
                .extracting(Notice::noticeId)
                .as("the newest three")
                .containsExactly("message-7", "message-5", "message-3");
        FeatureCollection areas = DrillAreas.features(vm.areasProperty().get(), "en");
        assertThat(areas.features()).singleElement().satisfies(area -> {
            assertThat(area.id()).isEqualTo("area-phong-toa");
            assertThat(area.geometry().getGeometryType()).isEqualTo("Polygon");
            assertThat(area.geometry().isValid()).isTrue();
            assertThat(area.text("name")).isEqualTo("QL3 closed");
            assertThat(area.text("kind")).isEqualTo("closure");
        });
    }

    @Test
    void aClearedAreaLeavesTheMapAndAnEmptiedCacheEmptiesTheView() {
        cache.write(Contract.NOTICES, List.of(alert("alert-1", 15), area("area-phong-toa", 20, null)));
        vm.refresh();
        assertThat(vm.areasProperty().get()).hasSize(1);

        cache.write(Contract.NOTICES, List.of(area("area-phong-toa", 20, T0.plusSeconds(270 * 60))));
        vm.onChange(new ChangeEvent("notices", Contract.NOTICES, List.of("area-phong-toa"), T0));
        assertThat(vm.areasProperty().get()).as("cleared").isEmpty();
        assertThat(vm.latestProperty().get()).hasSize(1);

        // A seek back empties the drill's cache; the sync that follows finds nothing yet and writes no row.
        ScenarioCache.clearSynced(cache.database());
        vm.onChange(new ChangeEvent("reports", Contract.OPEN311, List.of(), T0));
        assertThat(vm.latestProperty().get())
                .as("other contracts do not matter")
                .hasSize(1);
        vm.onProgress(new SyncProgress("notices", Contract.NOTICES, SyncPhase.SUCCEEDED, 0, 0, "", T0));
        assertThat(vm.latestProperty().get()).isEmpty();
        assertThat(DrillAreas.features(vm.areasProperty().get(), "vi").features())
                .isEmpty();
    }

    private static Notice alert(String id, int minute) {
        Instant at = T0.plusSeconds(minute * 60L);
        return new Notice(
                id,
                Notice.ALERT,
                "critical",
                null,
                new Notice.Texts("Tai nạn nghiêm trọng", "Major accident"),
                new Notice.Texts("", ""),
                null,
                "05860",
                List.of(),
                at,
                null,
                at);
    }

    private static Notice message(String id, int minute) {
        Instant at = T0.plusSeconds(minute * 60L);
        return new Notice(
                id,
                Notice.MESSAGE,
                null,
                null,
                null,
                new Notice.Texts("Phân luồng", "Divert traffic"),
                "CSGT",
                null,
                List.of(),
                at,
                null,
                at);
    }

    private static Notice area(String id, int minute, Instant clearedAt) {
        Instant at = T0.plusSeconds(minute * 60L);
        return new Notice(
                id,
                Notice.AREA,
                null,
                "closure",
                new Notice.Texts("Phong tỏa QL3", "QL3 closed"),
                null,
                null,
                null,
                List.of(new double[] {105.886, 21.447}, new double[] {105.895, 21.447}, new double[] {105.895, 21.457}),
                at,
                clearedAt,
                clearedAt == null ? at : clearedAt);
    }
}
