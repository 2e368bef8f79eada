package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the {@code admin-units} and {@code admin-unit-changes} feeds: every province before and after the 2025
 * reform with outlines, the demo province's communes with outlines, and the old communes and districts they were
 * formed from (no outlines), plus the lineage rows that concern the province.
 */
final class AdminUnitFeeds {
    /** When the reform took effect; the unit data carry no other edit time. */
    static final Instant REFORM = Instant.parse("2025-07-01T00:00:00Z");

    static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    private final ObjectMapper mapper;

    AdminUnitFeeds(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The province outlines (2.6 MB of GeoJSON) are read when a client first asks for provinces. */
    FeedStore units(UnitCatalog catalog, ProvinceGeography geography) {
        Supplier<Map<String, JsonNode>> current = once(() -> featuresByCode("vn/provinces-2025.geojson"));
        Supplier<Map<String, JsonNode>> before = once(() -> featuresByCode("vn/provinces-2008-2025.geojson"));
        FeedStore feed = new FeedStore();
        for (UnitRow row : catalog.rows) {
            if ("province".equals(row.level())) {
                Supplier<Map<String, JsonNode>> outlines = row.current() ? current : before;
                feed.load(row.id(), REFORM, () -> {
                    JsonNode feature = outlines.get().get(row.code());
                    return render(row, feature.get("properties").get("name_en").asText(), feature.get("geometry"));
                });
            }
        }
        for (Commune commune : geography.communes) {
            feed.load(commune.unit().id(), REFORM, () -> render(commune.unit(), null, commune.geometryJson()));
        }
        for (UnitRow row : geography.oldCommunes) {
            feed.load(row.id(), REFORM, () -> render(row, null, null));
        }
        for (UnitRow row : geography.oldDistricts) {
            feed.load(row.id(), REFORM, () -> render(row, null, null));
        }
        return feed;
    }

    /** Computes the value on first use; callers are serialised by the feed's lock, the monitor makes sure. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    FeedStore changes(List<UnitChangeRow> rows, ProvinceGeography geography) {
        Set<String> oldProvinces =
                Set.copyOf(geography.oldProvinces.stream().map(UnitRow::code).toList());
        FeedStore feed = new FeedStore();
        for (UnitChangeRow row : rows) {
            boolean concerns = "province".equals(row.level())
                    ? oldProvinces.contains(row.oldCode()) && geography.code().equals(row.newCode())
                    : geography.commune(row.newCode()) != null
                            && geography.code().equals(row.newProvinceCode());
            if (concerns) {
                ObjectNode item = mapper.createObjectNode()
                        .put("id", row.id())
                        .put("level", row.level())
                        .put("old_code", row.oldCode())
                        .put("old_name", row.oldName())
                        .put("new_code", row.newCode())
                        .put("new_name", row.newName())
                        .put("relation", row.relation())
                        .put("effective_date", row.effectiveDate().toString())
                        .put("legal_basis", row.legalBasis())
                        .put("updated_at", REFORM.toString());
                feed.load(row.id(), REFORM, () -> Json.bytes(mapper, item));
            }
        }
        return feed;
    }

    private byte[] render(UnitRow row, String provinceNameEn, JsonNode geometry) {
        ObjectNode item = mapper.createObjectNode()
                .put("id", row.id())
                .put("code", row.code())
                .put("level", row.level())
                .put("name", row.name())
                .put("full_name", row.fullName())
                .put("name_en", englishName(row, provinceNameEn))
                .put("name_ascii", row.nameAscii())
                .put("type", row.type())
                .put("parent_code", row.parentCode())
                .put(
                        "valid_from",
                        row.validFrom() == null ? null : row.validFrom().toString())
                .put("valid_to", row.validTo() == null ? null : row.validTo().toString());
        item.set("geometry", geometry);
        item.put("updated_at", REFORM.toString());
        return Json.bytes(mapper, item);
    }

    /** "Phan Dinh Phung Ward", "Thai Nguyen Province", "Hanoi" (centrally-run cities keep their usual name). */
    static String englishName(UnitRow row, String provinceNameEn) {
        String suffix =
                switch (row.typeEn()) {
                    case "Municipality" -> "";
                    case "Urban district", "Rural district" -> " District";
                    case "Provincial city" -> " City";
                    case "District-level town" -> " Town";
                    case "Special zone" -> " Special Zone";
                    default -> " " + row.typeEn();
                };
        String base = provinceNameEn != null ? provinceNameEn : row.nameAscii();
        return base + suffix;
    }

    private Map<String, JsonNode> featuresByCode(String resource) {
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode feature : VnResources.features(mapper, resource)) {
            byCode.put(feature.get("properties").get("code").asText(), feature);
        }
        return byCode;
    }
}
