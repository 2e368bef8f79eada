package org.iocconsole.console.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.testing.Events;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.cache.UnitQueries;
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
        vm = new MapScreenViewModel(
                day -> {
                    reads.incrementAndGet();
                    return units.validOn(day, UnitLevel.COMMUNE, false);
                },
                new SimpleObjectProperty<>(DataFreshness.NONE),
                clock,
                Runnable::run,
                Runnable::run);
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
}
