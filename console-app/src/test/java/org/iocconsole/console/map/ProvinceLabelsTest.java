package org.iocconsole.console.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iocconsole.console.testing.FakeMapSource;
import org.iocconsole.maps.feature.Feature;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.Test;

/**
 * The province outlines of the day chosen, before or after the reform of 1 July 2025, labelled with the names they
 * take or were formed from: Bắc Kạn and Thái Nguyên (2008-2025) merged into Thái Nguyên (code 19 kept).
 */
class ProvinceLabelsTest {
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate BEFORE = LocalDate.of(2024, 5, 1);

    private static AdminUnit old(String code, String name, double west, double south, double east, double north) {
        AdminUnit unit = FakeMapSource.unit(code, UnitLevel.PROVINCE, name, "Tỉnh", west, south, east, north);
        return new AdminUnit(
                "province/" + code + "/2008-08-01",
                code,
                UnitLevel.PROVINCE,
                name,
                unit.nameEn(),
                unit.fullName(),
                unit.nameAscii(),
                unit.type(),
                null,
                LocalDate.of(2008, 8, 1),
                REFORM.minusDays(1),
                unit.geometryGeoJson(),
                Instant.EPOCH);
    }

    private static FakeMapSource source() {
        FakeMapSource source = new FakeMapSource() {
            @Override
            public List<UnitChange> provinceChanges() {
                return List.of(new UnitChange(
                        "province/06/19/2025-07-01",
                        UnitLevel.PROVINCE,
                        "06",
                        "Tỉnh Bắc Kạn",
                        "19",
                        "Tỉnh Thái Nguyên",
                        UnitChange.Relation.FULL,
                        REFORM,
                        "Nghị quyết 202/2025/QH15",
                        Instant.EPOCH));
            }
        };
        source.provinces.add(
                FakeMapSource.unit("19", UnitLevel.PROVINCE, "Thái Nguyên", "Tỉnh", 105.3, 21.2, 106.4, 22.9));
        source.provinces.add(old("19", "Thái Nguyên", 105.3, 21.2, 106.4, 22.0));
        source.provinces.add(old("06", "Bắc Kạn", 105.4, 22.0, 106.3, 22.9));
        return source;
    }

    private static Map<String, Object> labels(LocalDate day) {
        MapData data = new MapDataReader(source()).read(day, Instant.parse("2026-11-20T02:30:00Z"));
        return data.provinces().features().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Feature::id, f -> f.properties().get("name")));
    }

    @Test
    void beforeTheReformTheOldProvincesAreDrawnWithWhatTheyBecome() {
        assertThat(labels(BEFORE))
                .containsOnly(Map.entry("06", "Bắc Kạn → Thái Nguyên"), Map.entry("19", "Thái Nguyên"));
    }

    @Test
    void fromTheReformTheMergedProvinceNamesWhatItWasFormedFrom() {
        assertThat(labels(REFORM)).containsOnly(Map.entry("19", "Thái Nguyên ← Bắc Kạn"));
        assertThat(labels(REFORM.minusDays(1))).containsKeys("06", "19");
    }

    @Test
    void provincesWithoutLineageOrWithBrokenNamesKeepTheirNames() {
        assertThat(ProvinceLabels.of(source().provinces, List.of(), BEFORE)).isEmpty();
        assertThat(ProvinceLabels.shortName("Thành phố Hà Nội")).isEqualTo("Hà Nội");
        assertThat(ProvinceLabels.shortName(null)).isEmpty();
        assertThat(ProvinceLabels.shortName("Huế")).isEqualTo("Huế");
    }
}
