package org.iocconsole.sync.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units figures are reported for in a month, with each one's share of the province: before July 2025 the old
 * provinces, districts and communes, from then the new province and communes. Shares weigh a ward or township three
 * times a rural commune. Immutable.
 */
final class ReportingUnits {
    static final YearMonth REFORM_MONTH = YearMonth.of(2025, 7);

    /** A unit with its share of the whole province. */
    record Unit(UnitRow row, double share) {
        String code() {
            return row.code();
        }
    }

    private final ProvinceGeography geography;
    private final List<Unit> oldProvinces = new ArrayList<>();
    private final List<Unit> oldDistricts = new ArrayList<>();
    private final List<Unit> oldCommunes = new ArrayList<>();
    private final List<Unit> newCommunes = new ArrayList<>();

    ReportingUnits(ProvinceGeography geography) {
        this.geography = geography;
        double total = 0;
        Map<String, Double> byProvince = new HashMap<>();
        Map<String, Double> byDistrict = new HashMap<>();
        for (UnitRow old : geography.oldCommunes) {
            double weight = weight(old);
            total += weight;
            byProvince.merge(geography.oldProvinceOf(old), weight, Double::sum);
            byDistrict.merge(old.parentCode(), weight, Double::sum);
        }
        for (UnitRow province : geography.oldProvinces) {
            oldProvinces.add(new Unit(province, byProvince.getOrDefault(province.code(), 0.0) / total));
        }
        for (UnitRow district : geography.oldDistricts) {
            if (byDistrict.containsKey(district.code())) {
                oldDistricts.add(new Unit(district, byDistrict.get(district.code()) / total));
            }
        }
        for (UnitRow old : geography.oldCommunes) {
            oldCommunes.add(new Unit(old, weight(old) / total));
        }
        for (Commune commune : geography.inhabitedCommunes()) {
            double weight = commune.oldCommunes().stream()
                    .mapToDouble(ReportingUnits::weight)
                    .sum();
            newCommunes.add(new Unit(commune.unit(), weight / total));
        }
    }

    private static double weight(UnitRow commune) {
        return "Phường".equals(commune.type()) || "Thị trấn".equals(commune.type()) ? 3 : 1;
    }

    List<Unit> provinces(YearMonth month) {
        return month.isBefore(REFORM_MONTH) ? oldProvinces : List.of(new Unit(geography.province, 1.0));
    }

    List<Unit> districts(YearMonth month) {
        return month.isBefore(REFORM_MONTH) ? oldDistricts : List.of();
    }

    List<Unit> communes(YearMonth month) {
        return month.isBefore(REFORM_MONTH) ? oldCommunes : newCommunes;
    }
}
