package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The demo province's units: the province itself, the provinces it was formed from, its current communes with
 * outlines, and the old communes and districts they came from. Immutable once loaded.
 */
final class ProvinceGeography {

    /** Provinces with a commune file in {@code vn/}. */
    static final Map<String, String> COMMUNE_FILES = Map.of(
            "19", "vn/communes-thai-nguyen.geojson",
            "20", "vn/communes-lang-son.geojson",
            "48", "vn/communes-da-nang.geojson",
            "68", "vn/communes-lam-dong.geojson");

    final UnitRow province;
    final List<UnitRow> oldProvinces;
    final List<Commune> communes;
    final List<UnitRow> oldCommunes;
    final List<UnitRow> oldDistricts;
    private final Map<String, Commune> communeByCode = new HashMap<>();
    private final Map<String, Commune> communeByOldCode = new HashMap<>();
    private final Map<String, UnitRow> oldDistrictByCode = new HashMap<>();

    private ProvinceGeography(
            UnitRow province,
            List<UnitRow> oldProvinces,
            List<Commune> communes,
            List<UnitRow> oldCommunes,
            List<UnitRow> oldDistricts) {
        this.province = province;
        this.oldProvinces = oldProvinces;
        this.communes = communes;
        this.oldCommunes = oldCommunes;
        this.oldDistricts = oldDistricts;
        for (Commune commune : communes) {
            communeByCode.put(commune.code(), commune);
            for (UnitRow old : commune.oldCommunes()) {
                communeByOldCode.putIfAbsent(old.code(), commune);
            }
        }
        oldDistricts.forEach(d -> oldDistrictByCode.put(d.code(), d));
    }

    static ProvinceGeography load(
            String provinceCode, UnitCatalog catalog, List<UnitChangeRow> changes, ObjectMapper mapper) {
        String file = COMMUNE_FILES.get(provinceCode);
        if (file == null) {
            throw new IllegalArgumentException("no demo data for province " + provinceCode + " (available: "
                    + new TreeMap<>(COMMUNE_FILES).keySet() + ")");
        }
        UnitRow province = catalog.current("province", provinceCode);
        List<UnitRow> oldProvinces = new ArrayList<>();
        for (UnitChangeRow change : changes) {
            if ("province".equals(change.level()) && provinceCode.equals(change.newCode())) {
                oldProvinces.add(catalog.old("province", change.oldCode()));
            }
        }
        if (oldProvinces.isEmpty()) {
            oldProvinces.add(province);
        }
        oldProvinces.sort(Comparator.comparing(UnitRow::code));

        PreparedGeometryFactory prepared = new PreparedGeometryFactory();
        List<Commune> communes = new ArrayList<>();
        Map<String, UnitRow> oldCommunes = new TreeMap<>();
        Map<String, UnitRow> oldDistricts = new TreeMap<>();
        for (JsonNode feature : VnResources.features(mapper, file)) {
            JsonNode properties = feature.get("properties");
            UnitRow unit = catalog.current("commune", properties.get("code").asText());
            List<UnitRow> formedFrom = new ArrayList<>();
            for (String oldCode : properties.get("formed_from").asText().split(";")) {
                UnitRow old = catalog.findOld("commune", oldCode);
                if (old == null) {
                    old = catalog.old("district", oldCode);
                    oldDistricts.put(old.code(), old);
                } else {
                    oldCommunes.put(old.code(), old);
                    oldDistricts.put(old.parentCode(), catalog.old("district", old.parentCode()));
                }
                formedFrom.add(old);
            }
            Geometry outline = GeoJsonGeometry.toJts(feature.get("geometry"));
            communes.add(new Commune(
                    unit,
                    feature.get("geometry"),
                    prepared.create(outline),
                    outline.getInteriorPoint(),
                    properties.path("area_km2_source").asDouble(0),
                    List.copyOf(formedFrom)));
        }
        communes.sort(Comparator.comparing(Commune::code));
        return new ProvinceGeography(
                province,
                List.copyOf(oldProvinces),
                List.copyOf(communes),
                List.copyOf(oldCommunes.values()),
                List.copyOf(oldDistricts.values()));
    }

    String code() {
        return province.code();
    }

    Commune commune(String code) {
        return communeByCode.get(code);
    }

    /** The current commune an old commune went into (the first one for a split commune). */
    Commune successorOf(String oldCommuneCode) {
        return communeByOldCode.get(oldCommuneCode);
    }

    UnitRow oldDistrict(String code) {
        return oldDistrictByCode.get(code);
    }

    /** The communes people live in (every one but an uninhabited special zone). */
    List<Commune> inhabitedCommunes() {
        return communes.stream().filter(Commune::inhabited).toList();
    }

    /** The old province an old commune belonged to. */
    String oldProvinceOf(UnitRow oldCommune) {
        UnitRow district = oldDistrictByCode.get(oldCommune.parentCode());
        return district == null ? province.code() : district.parentCode();
    }
}
