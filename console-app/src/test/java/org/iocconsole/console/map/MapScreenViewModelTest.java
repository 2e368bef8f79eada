package org.iocconsole.console.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.testing.Events;
import org.iocconsole.console.testing.FakeMapSource;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.maps.layer.Pick;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapScreenViewModelTest {
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate BEFORE = LocalDate.of(2008, 1, 1);
    /** One second before midnight of 30 June 2025 in Vietnam. */
    private static final Instant EVE = Instant.parse("2025-06-30T16:59:59Z");

    @TempDir
    Path dir;

    private SampleCache cache;
    private final MutableClock clock = new MutableClock(EVE, ZoneId.of("Asia/Ho_Chi_Minh"));
    private final AtomicInteger reads = new AtomicInteger();
    private MapScreenViewModel vm;

    @BeforeEach
    void fill() {
        cache = new SampleCache(dir);
        cache.write(
                Contract.ADMIN_UNITS,
                List.of(
                        SampleCache.commune("05443", "Phan Đình Phùng", "Phường", REFORM, null),
                        SampleCache.commune("05500", "Gia Sàng", "Phường", REFORM, null),
                        SampleCache.commune("05800", "Đồng Hỷ", "Xã", REFORM, null),
                        SampleCache.commune("05900", "Dân Tiến", "Xã", REFORM, null),
                        SampleCache.commune("05452", "Quang Trung", "Phường", BEFORE, REFORM.minusDays(1))));
        UnitQueries units = new UnitQueries(cache.database());
        FakeMapSource source = new FakeMapSource() {
            @Override
            public synchronized List<AdminUnit> units(LocalDate day, UnitLevel level, boolean withGeometry) {
                if (level == UnitLevel.COMMUNE && !withGeometry) {
                    reads.incrementAndGet();
                }
                return units.validOn(day, level, withGeometry);
            }
        };
        source.changes.addAll(FakeMapSource.sample().changes);
        source.reports.add(FakeMapSource.REPORT);
        vm = new MapScreenViewModel(
                source, new SimpleObjectProperty<>(DataFreshness.NONE), clock, Runnable::run, Runnable::run);
        vm.start();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private List<String> names() {
        return vm.getCommunes().stream().map(row -> row.unit().nameVi()).toList();
    }

    @Test
    void showsTheCommunesInForceOnTheDayInVietnam() {
        assertThat(vm.dayProperty().get()).isEqualTo(REFORM.minusDays(1));
        assertThat(names()).containsExactly("Quang Trung");

        clock.advance(Duration.ofSeconds(1));
        vm.tick();

        assertThat(vm.dayProperty().get()).isEqualTo(REFORM);
        assertThat(vm.totalProperty().get()).isEqualTo(4);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aTickOnTheSameDayDoesNotRead() {
        clock.advance(Duration.ofHours(-1));
        vm.tick();

        assertThat(reads).hasValue(1);
    }

    @Test
    void sortsInVietnameseAlphabeticalOrder() {
        clock.advance(Duration.ofDays(1));
        vm.tick();

        // "Đ" follows "D" in Vietnamese; in code-point order it would come after "Z".
        assertThat(names()).containsExactly("Dân Tiến", "Đồng Hỷ", "Gia Sàng", "Phan Đình Phùng");
    }

    @Test
    void searchIgnoresDiacriticsAndFindsCodes() {
        clock.advance(Duration.ofDays(1));
        vm.tick();

        vm.searchProperty().set("dong hy");
        assertThat(names()).containsExactly("Đồng Hỷ");
        vm.searchProperty().set("05443");
        assertThat(names()).containsExactly("Phan Đình Phùng");
        assertThat(vm.shownCountProperty().get()).isEqualTo(1);
        assertThat(vm.totalProperty().get()).isEqualTo(4);
    }

    @Test
    void readsAgainOnUnitsAndUnitChangesOnly() {
        vm.onChange(Events.changed(Contract.OPEN311));
        vm.onChange(Events.changed(Contract.CAMERAS));
        assertThat(reads).hasValue(1);

        vm.onChange(Events.changed(Contract.ADMIN_UNITS));
        vm.onChange(Events.changed(Contract.UNIT_CHANGES));
        assertThat(reads).hasValue(3);
    }

    @Test
    void searchFindsAWardByTheNameOfAUnitMergedIntoIt() {
        clock.advance(Duration.ofDays(1));
        vm.tick();

        vm.searchProperty().set("tan thinh");
        assertThat(names()).containsExactly("Phan Đình Phùng");
        assertThat(vm.getCommunes().get(0).lineage()).containsExactly("Phường Tân Thịnh");
        assertThat(vm.getCommunes().get(0).before()).isFalse();
    }

    @Test
    void aChosenDayBeforeTheReformShowsTheOldUnitsWithTheirNewNames() {
        clock.advance(Duration.ofDays(30));
        vm.tick();
        vm.chosenDateProperty().set(REFORM.minusDays(10));

        assertThat(vm.dayProperty().get()).isEqualTo(REFORM.minusDays(10));
        assertThat(names()).containsExactly("Quang Trung");
        // Days pass, the chosen day stays.
        clock.advance(Duration.ofDays(1));
        vm.tick();
        assertThat(vm.dayProperty().get()).isEqualTo(REFORM.minusDays(10));
        vm.chosenDateProperty().set(null);
        assertThat(vm.dayProperty().get()).isEqualTo(LocalDate.now(clock));
    }

    @Test
    void reportsArePlacedInTheirStateAgainstTheClock() {
        clock.advance(Duration.between(clock.instant(), FakeMapSource.RECEIVED));
        vm.onChange(Events.changed(Contract.OPEN311));
        assertThat(vm.dataProperty().get().reports().points()).singleElement().satisfies(p -> assertThat(p.category())
                .isEqualTo(ReportStates.IN_PROGRESS));

        clock.advance(Duration.ofHours(2));
        vm.onChange(Events.changed(Contract.OPEN311));
        assertThat(vm.dataProperty().get().reports().points()).singleElement().satisfies(p -> assertThat(p.category())
                .isEqualTo(ReportStates.OVERDUE));
    }

    @Test
    void selectingAReportGivesItsDetailsAndAClusterItsMix() {
        vm.select(new org.iocconsole.maps.layer.Pick(
                MapLayerIds.REPORTS, FakeMapSource.REPORT.id(), "", 1, java.util.Map.of()));
        MapDetails details = vm.detailsProperty().get();
        assertThat(details.kind()).isEqualTo("report");
        assertThat(details.lines()).contains(new MapDetails.Line("map.details.id", FakeMapSource.REPORT.id()));

        vm.select(new org.iocconsole.maps.layer.Pick(
                MapLayerIds.REPORTS, null, "", 7, java.util.Map.of(ReportStates.OVERDUE, 3, ReportStates.NEW, 4)));
        assertThat(vm.detailsProperty().get().lines())
                .contains(
                        new MapDetails.Line("map.details.count", 7),
                        new MapDetails.Line("map.report.state.overdue", 3));

        vm.clearSelection();
        assertThat(vm.detailsProperty().get()).isNull();
    }

    @Test
    void theChoroplethReadsTheFirstIndicatorsValues() {
        assertThat(vm.indicatorProperty().get().code()).isEqualTo("PS_ONTIME_RATE");
        assertThat(vm.valuesProperty().get()).containsEntry("05443", 96.5);
    }

    @Test
    void clickingACameraOpensItsStreamAndAReportDoesNot() {
        vm.select(new Pick(MapLayerIds.REPORTS, FakeMapSource.REPORT.id(), "", 1, Map.of()));
        assertThat(vm.streamProperty().get()).isNull();

        vm.select(new Pick(MapLayerIds.CAMERAS, "CAM-001", "Ngã tư Đồng Quang", 1, Map.of()));
        assertThat(vm.streamProperty().get().cameraId()).isEqualTo("CAM-001");
        assertThat(vm.detailsProperty().get().kind()).isEqualTo("camera");

        vm.closeStream();
        assertThat(vm.streamProperty().get()).isNull();
        vm.openSelectedCamera();
        assertThat(vm.streamProperty().get().cameraId()).isEqualTo("CAM-001");
    }

    @Test
    void aCameraNoLongerInTheDataOpensNothing() {
        vm.select(new Pick(MapLayerIds.CAMERAS, "CAM-GONE", "", 1, Map.of()));
        assertThat(vm.streamProperty().get()).isNull();
        assertThat(vm.detailsProperty().get()).isNull();
    }
}
