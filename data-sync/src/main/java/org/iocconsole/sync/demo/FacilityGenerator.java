package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;

/**
 * Builds the {@code facilities} feed: well-known hospitals from the province profile, a medical centre and a fire
 * station per former district, and per commune a health station, schools and police; flood shelters in rural
 * communes. Every point lies inside its commune.
 */
final class FacilityGenerator {
    private final long seed;
    private final ObjectMapper mapper;
    private final ProvinceGeography geography;
    private final ProvinceProfile profile;
    private final Instant anchor;
    private final List<String> hamlets;
    private final Map<String, Integer> countByKind = new HashMap<>();
    private final FeedStore feed = new FeedStore();

    FacilityGenerator(
            long seed,
            ObjectMapper mapper,
            ProvinceGeography geography,
            ProvinceProfile profile,
            List<String> hamlets,
            Instant anchor) {
        this.seed = seed;
        this.mapper = mapper;
        this.geography = geography;
        this.profile = profile;
        this.anchor = anchor;
        this.hamlets = hamlets;
    }

    FeedStore generate() {
        SplittableRandom random = DemoRandom.of(seed, "facilities");
        for (ProvinceProfile.Place hospital : profile.hospitals()) {
            Commune commune = geography.commune(hospital.communeCode());
            add(
                    random,
                    "hospital",
                    "HOS",
                    hospital.name(),
                    commune,
                    0.15,
                    hospital.address(),
                    hospital.capacity(),
                    null);
        }
        for (UnitRow district : geography.oldDistricts) {
            Commune seat = seatOf(district);
            if (seat != null && !"Thành phố".equals(district.type())) {
                add(
                        random,
                        "hospital",
                        "HOS",
                        "Trung tâm Y tế khu vực " + district.name(),
                        seat,
                        0.15,
                        null,
                        DemoRandom.between(random, 8, 25) * 10,
                        null);
            }
            if (seat != null) {
                add(
                        random,
                        "fire_station",
                        "FIR",
                        "Đội Cảnh sát PCCC và CNCH khu vực " + district.name(),
                        seat,
                        0.2,
                        null,
                        null,
                        "114");
            }
        }
        Commune capital =
                geography.commune(profile.streetGroups().get(0).communeCodes().get(0));
        add(
                random,
                "police",
                "POL",
                "Công an " + Agencies.provinceInSentence(geography.province),
                capital,
                0.15,
                null,
                null,
                "113");
        for (ProvinceProfile.Place school : profile.schools()) {
            add(
                    random,
                    "school",
                    "SCH",
                    school.name(),
                    geography.commune(school.communeCode()),
                    0.3,
                    null,
                    school.capacity(),
                    null);
        }
        for (Commune commune : geography.inhabitedCommunes()) {
            String unit = commune.unit().fullNameInSentence();
            add(random, "health_station", "HST", "Trạm Y tế " + unit, commune, 0.2, null, null, null);
            add(random, "police", "POL", "Công an " + unit, commune, 0.2, null, null, "113");
            add(
                    random,
                    "school",
                    "SCH",
                    "Trường Tiểu học " + commune.name(),
                    commune,
                    0.3,
                    null,
                    DemoRandom.between(random, 15, 45) * 20,
                    null);
            add(
                    random,
                    "school",
                    "SCH",
                    "Trường THCS " + commune.name(),
                    commune,
                    0.3,
                    null,
                    DemoRandom.between(random, 15, 40) * 20,
                    null);
            if (commune.urban() || commune.oldCommunes().size() >= 4) {
                add(
                        random,
                        "school",
                        "SCH",
                        "Trường THPT " + commune.name(),
                        commune,
                        0.3,
                        null,
                        DemoRandom.between(random, 35, 75) * 20,
                        null);
            }
            if (!commune.urban() && DemoRandom.chance(random, 0.45)) {
                String hamlet = profile.hamletWord() + " " + DemoRandom.pick(random, hamlets);
                add(
                        random,
                        "shelter",
                        "SHE",
                        "Điểm sơ tán tránh lũ - Nhà văn hóa " + hamlet + ", " + unit,
                        commune,
                        0.5,
                        null,
                        DemoRandom.between(random, 8, 40) * 10,
                        null);
            }
        }
        return feed;
    }

    /** The current commune that took in most communes of a former district, preferring one of the same name. */
    private Commune seatOf(UnitRow district) {
        Commune best = null;
        long bestScore = -1;
        for (Commune commune : geography.inhabitedCommunes()) {
            long count = commune.oldCommunes().stream()
                    .filter(old -> district.code().equals(old.parentCode()))
                    .count();
            long score = count == 0 ? 0 : count + (commune.name().equals(district.name()) ? 100 : 0);
            if (score > bestScore && count > 0) {
                best = commune;
                bestScore = score;
            }
        }
        return best;
    }

    private void add(
            SplittableRandom random,
            String kind,
            String idKind,
            String name,
            Commune commune,
            double spread,
            String street,
            Integer capacity,
            String phone) {
        int number = countByKind.merge(idKind, 1, Integer::sum);
        String id = String.format(Locale.ROOT, "FAC-%s-%03d", idKind, number);
        Coordinate at = commune.randomPoint(random, spread);
        long span = Math.max(1, Duration.between(AdminUnitFeeds.REFORM, anchor).toHours());
        Instant updatedAt = AdminUnitFeeds.REFORM
                .plus(Duration.ofHours(random.nextLong(span)))
                .truncatedTo(ChronoUnit.HOURS);
        ObjectNode item = mapper.createObjectNode()
                .put("id", id)
                .put("kind", kind)
                .put("name", name)
                .put("lat", at.y)
                .put("lon", at.x)
                .put("unit_code", commune.code())
                .put("address", street == null ? commune.fullName() : street + ", " + commune.fullName())
                .put("capacity", capacity)
                .put("phone", phone)
                .put("updated_at", Json.utc(updatedAt));
        feed.load(id, updatedAt, () -> Json.bytes(mapper, item));
    }
}
