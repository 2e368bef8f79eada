package org.iocconsole.console.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iocconsole.console.testing.FakeMapSource;
import org.iocconsole.maps.layer.Pick;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.Test;

/**
 * A day before the 2025 reform: the former communes have no outlines, so they are shown on the outlines of the
 * communes they became, named by the former ones.
 */
class FormerOutlinesTest {
    private static final LocalDate REFORM = FakeMapSource.REFORM;
    private static final LocalDate BEFORE = REFORM.minusDays(10);
    private static final Instant NOW = Instant.parse("2025-06-21T03:00:00Z");

    /** Two new wards; three former communes, one of them split between both. */
    private static FakeMapSource source() {
        FakeMapSource source = new FakeMapSource();
        source.provinces.add(
                FakeMapSource.unit("19", UnitLevel.PROVINCE, "Thái Nguyên", "Tỉnh", 105.3, 21.2, 106.4, 22.3));
        source.communes.add(FakeMapSource.unit(
                "05443", UnitLevel.COMMUNE, "Phan Đình Phùng", "Phường", 105.80, 21.55, 105.84, 21.63));
        source.communes.add(
                FakeMapSource.unit("05500", UnitLevel.COMMUNE, "Gia Sàng", "Phường", 105.84, 21.55, 105.88, 21.63));
        source.communes.add(former("05452", "Tân Thịnh"));
        source.communes.add(former("05455", "Quang Trung"));
        source.communes.add(former("05467", "Túc Duyên"));
        source.changes.add(change("05452", "05443", UnitChange.Relation.FULL));
        source.changes.add(change("05455", "05443", UnitChange.Relation.FULL));
        source.changes.add(change("05467", "05443", UnitChange.Relation.PARTIAL));
        source.changes.add(change("05467", "05500", UnitChange.Relation.PARTIAL));
        return source;
    }

    private static AdminUnit former(String code, String name) {
        return new AdminUnit(
                "commune/" + code,
                code,
                UnitLevel.COMMUNE,
                name,
                null,
                "Phường " + name,
                null,
                "Phường",
                "164",
                null,
                REFORM.minusDays(1),
                null,
                Instant.EPOCH);
    }

    private static UnitChange change(String oldCode, String newCode, UnitChange.Relation relation) {
        return new UnitChange(
                "commune/" + oldCode + "/" + newCode,
                UnitLevel.COMMUNE,
                oldCode,
                null,
                newCode,
                null,
                relation,
                REFORM,
                "Nghị quyết 1683/NQ-UBTVQH15",
                Instant.EPOCH);
    }

    @Test
    void formerCommunesAreNamedOnTheOutlinesOfWhatTheyBecame() {
        FakeMapSource source = source();
        Map<String, FormerOutlines.Area> areas = FormerOutlines.of(
                source.units(BEFORE, UnitLevel.COMMUNE, true),
                source.communeChanges(),
                BEFORE,
                day -> source.units(day, UnitLevel.COMMUNE, true));

        assertThat(areas).containsOnlyKeys("became:05443", "became:05500");
        FormerOutlines.Area ward = areas.get("became:05443");
        assertThat(ward.label()).isEqualTo("Quang Trung, Tân Thịnh, Túc Duyên");
        assertThat(ward.from()).isEqualTo(REFORM);
        // The split commune is on both wards it went into.
        assertThat(areas.get("became:05500").label()).isEqualTo("Túc Duyên");
    }

    @Test
    void aDayWhoseCommunesHaveOutlinesNeedsNoStandIns() {
        FakeMapSource source = source();
        assertThat(FormerOutlines.of(
                        source.units(REFORM, UnitLevel.COMMUNE, true),
                        source.communeChanges(),
                        REFORM,
                        day -> source.units(day, UnitLevel.COMMUNE, true)))
                .isEmpty();
    }

    @Test
    void theMapOfADayBeforeTheReformDrawsAndSelectsTheFormerCommunes() {
        MapData data = new MapDataReader(source()).read(BEFORE, NOW);

        assertThat(data.communes().features())
                .extracting(feature -> feature.id() + "=" + feature.properties().get("name"))
                .containsExactlyInAnyOrder("became:05443=Quang Trung, Tân Thịnh, Túc Duyên", "became:05500=Túc Duyên");
        // A former commune chosen in the list is shown on the ward it became.
        assertThat(data.featureOf("05455")).isEqualTo("became:05443");
        assertThat(data.featureOf("05443")).isEqualTo("05443");

        MapDetails details = MapSelections.details(
                new Pick(MapLayerIds.COMMUNES, "became:05443", "", 1, Map.of()), data, Map.of(), NOW);
        assertThat(details.kind()).isEqualTo("unit");
        assertThat(details.title()).isEqualTo("Phường Quang Trung, Phường Tân Thịnh, Phường Túc Duyên");
        assertThat(details.lines())
                .contains(
                        new MapDetails.Line("map.details.former.became", "Phường Phan Đình Phùng"),
                        new MapDetails.Line("map.details.former.since", REFORM),
                        new MapDetails.Line("map.details.former.outline", new MapDetails.Key("map.former.outline")));
    }

    @Test
    void theMapOfTodayDrawsTheCommunesThemselves() {
        MapData data = new MapDataReader(source()).read(REFORM.plusDays(1), NOW);

        assertThat(data.formerAreas()).isEmpty();
        assertThat(data.communes().features())
                .extracting(feature -> feature.id())
                .containsExactlyInAnyOrder("05443", "05500");
        assertThat(List.of(data.featureOf("05443"))).containsExactly("05443");
    }
}
