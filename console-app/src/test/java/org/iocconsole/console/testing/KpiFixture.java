package org.iocconsole.console.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Observation;
import org.iocconsole.sync.model.Period;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/**
 * A small province worked by hand: Bắc Kạn (06) and Thái Nguyên (19) became Thái Nguyên (19) on 1 July 2025; old
 * communes 00001 and 00002 became ward 05000 wholly, old commune 00003 went partly into commune 05100.
 *
 * <p>Dossiers received per month: before the reform 06 = 100, 19 = 200 (province 300), 00001 = 10, 00002 = 20,
 * 00003 = 30; from July 2025 the province 330, 05000 = 35, 05100 = 25; in 2026 the province 363, 05000 = 42,
 * 05100 = 25. Traffic accidents of the province: 70 in October 2026, above the critical level 60.
 */
public final class KpiFixture {
    public static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    public static final String DOSSIERS = "PS_DOSSIERS_RECEIVED";
    public static final String ACCIDENTS = "TRF_ACCIDENTS";
    public static final String WARD = "05000";
    public static final String COMMUNE = "05100";

    private KpiFixture() {}

    public static void fill(SampleCache cache) {
        cache.write(
                Contract.INDICATORS,
                List.of(
                        new Indicator(
                                DOSSIERS,
                                "Hồ sơ thủ tục hành chính tiếp nhận",
                                "Administrative dossiers received",
                                "public_services",
                                "hồ sơ",
                                Indicator.Direction.HIGHER_BETTER,
                                Period.Kind.MONTH,
                                null,
                                null,
                                null,
                                Instant.EPOCH),
                        new Indicator(
                                ACCIDENTS,
                                "Số vụ tai nạn giao thông",
                                "Traffic accidents",
                                "traffic",
                                "vụ",
                                Indicator.Direction.LOWER_BETTER,
                                Period.Kind.MONTH,
                                30.0,
                                45.0,
                                60.0,
                                Instant.EPOCH)));
        LocalDate before = REFORM.minusDays(1);
        cache.write(
                Contract.ADMIN_UNITS,
                List.of(
                        province("19", "Tỉnh Thái Nguyên", REFORM, null),
                        province("06", "Tỉnh Bắc Kạn", null, before),
                        SampleCache.commune(WARD, "Phan Đình Phùng", "Phường", REFORM, null),
                        SampleCache.commune(COMMUNE, "Đại Phúc", "Xã", REFORM, null),
                        SampleCache.commune("00001", "Trưng Vương", "Phường", null, before),
                        SampleCache.commune("00002", "Túc Duyên", "Phường", null, before),
                        SampleCache.commune("00003", "Phúc Xuân", "Xã", null, before)));
        cache.write(
                Contract.UNIT_CHANGES,
                List.of(
                        change(UnitLevel.PROVINCE, "06", "Tỉnh Bắc Kạn", "19", "Tỉnh Thái Nguyên", true),
                        change(UnitLevel.PROVINCE, "19", "Tỉnh Thái Nguyên", "19", "Tỉnh Thái Nguyên", true),
                        change(UnitLevel.COMMUNE, "00001", "Phường Trưng Vương", WARD, "Phường Phan Đình Phùng", true),
                        change(UnitLevel.COMMUNE, "00002", "Phường Túc Duyên", WARD, "Phường Phan Đình Phùng", true),
                        change(UnitLevel.COMMUNE, "00003", "Xã Phúc Xuân", COMMUNE, "Xã Đại Phúc", false)));
        List<Observation> rows = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            if (m.isBefore(YearMonth.from(REFORM))) {
                rows.add(obs(DOSSIERS, "06", m, 100));
                rows.add(obs(DOSSIERS, "19", m, 200));
                rows.add(obs(DOSSIERS, "00001", m, 10));
                rows.add(obs(DOSSIERS, "00002", m, 20));
                rows.add(obs(DOSSIERS, "00003", m, 30));
            } else {
                boolean later = m.getYear() == 2026;
                rows.add(obs(DOSSIERS, "19", m, later ? 363 : 330));
                rows.add(obs(DOSSIERS, WARD, m, later ? 42 : 35));
                rows.add(obs(DOSSIERS, COMMUNE, m, 25));
            }
        }
        rows.add(obs(ACCIDENTS, "19", YearMonth.of(2026, 10), 70));
        cache.write(Contract.OBSERVATIONS, rows);
    }

    private static AdminUnit province(String code, String name, LocalDate from, LocalDate to) {
        return new AdminUnit(
                "province/" + code + "/" + from,
                code,
                UnitLevel.PROVINCE,
                name,
                null,
                name,
                null,
                "Tỉnh",
                null,
                from,
                to,
                null,
                Instant.EPOCH);
    }

    private static UnitChange change(
            UnitLevel level, String oldCode, String oldName, String newCode, String newName, boolean full) {
        return new UnitChange(
                level.wireName() + "/" + oldCode + "/" + newCode,
                level,
                oldCode,
                oldName,
                newCode,
                newName,
                full ? UnitChange.Relation.FULL : UnitChange.Relation.PARTIAL,
                REFORM,
                "Nghị quyết 202/2025/QH15",
                Instant.EPOCH);
    }

    private static Observation obs(String code, String unit, YearMonth month, double value) {
        return new Observation(code, unit, Period.of(month), value, Instant.EPOCH);
    }
}
