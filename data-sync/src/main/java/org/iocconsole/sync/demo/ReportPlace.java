package org.iocconsole.sync.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Where and when a report was made: the current commune that contains the point, and the units in force on that
 * day (an old commune and an old province before the July 2025 reform).
 */
record ReportPlace(Commune commune, UnitRow unit, UnitRow province, LocalDate day) {

    static ReportPlace of(ProvinceGeography geography, Commune commune, LocalDate day, SplittableRandom random) {
        if (day.isBefore(AdminUnitFeeds.REFORM_DAY) && !commune.oldCommunes().isEmpty()) {
            UnitRow old = DemoRandom.pick(random, commune.oldCommunes());
            String provinceCode = geography.oldProvinceOf(old);
            UnitRow province = geography.oldProvinces.stream()
                    .filter(p -> p.code().equals(provinceCode))
                    .findFirst()
                    .orElse(geography.province);
            return new ReportPlace(commune, old, province, day);
        }
        return new ReportPlace(commune, commune.unit(), geography.province, day);
    }
}
