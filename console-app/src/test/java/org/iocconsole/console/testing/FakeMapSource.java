package org.iocconsole.console.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.console.map.MapSource;
import org.iocconsole.sync.cache.ReportLocation;
import org.iocconsole.sync.cache.UnitValue;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Facility;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/** The map's reads over rows held in memory: a province, a ward, a report, a hospital, a camera. Thread-safe. */
public class FakeMapSource implements MapSource {
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    public static final Instant RECEIVED = Instant.parse("2026-11-20T02:00:00Z");
    public static final ReportLocation REPORT = new ReportLocation(
            "TN-2026-000777",
            21.5921,
            105.8437,
            true,
            "assigned",
            RECEIVED,
            Instant.parse("2026-11-20T03:00:00Z"),
            "Hư hỏng đường, vỉa hè",
            "Đường Lương Ngọc Quyến",
            "high",
            "05443");

    public final List<AdminUnit> provinces = new ArrayList<>();
    public final List<AdminUnit> communes = new ArrayList<>();
    public final List<ReportLocation> reports = new ArrayList<>();
    public final List<UnitChange> changes = new ArrayList<>();

    /** The sample rows, and a ward of before the reform. */
    public static FakeMapSource sample() {
        FakeMapSource source = new FakeMapSource();
        source.provinces.add(unit("19", UnitLevel.PROVINCE, "Thái Nguyên", "Tỉnh", 105.3, 21.2, 106.4, 22.3));
        source.communes.add(
                unit("05443", UnitLevel.COMMUNE, "Phan Đình Phùng", "Phường", 105.80, 21.55, 105.88, 21.63));
        source.reports.add(REPORT);
        // A ward before the reform, with no outline of its own (as in the real data).
        source.communes.add(new AdminUnit(
                "commune/05452",
                "05452",
                UnitLevel.COMMUNE,
                "Tân Thịnh",
                null,
                "Phường Tân Thịnh",
                null,
                "Phường",
                "164",
                null,
                REFORM.minusDays(1),
                null,
                Instant.EPOCH));
        source.changes.add(new UnitChange(
                "commune/05452/05443/2025-07-01",
                UnitLevel.COMMUNE,
                "05452",
                "Phường Tân Thịnh",
                "05443",
                "Phường Phan Đình Phùng",
                UnitChange.Relation.FULL,
                REFORM,
                "Nghị quyết 1683/NQ-UBTVQH15",
                Instant.EPOCH));
        return source;
    }

    /** A unit in force from the reform whose outline is a box. */
    public static AdminUnit unit(
            String code,
            UnitLevel level,
            String name,
            String type,
            double west,
            double south,
            double east,
            double north) {
        String ring = "[[" + west + "," + south + "],[" + east + "," + south + "],[" + east + "," + north + "],[" + west
                + "," + north + "],[" + west + "," + south + "]]";
        return new AdminUnit(
                level.wireName() + "/" + code + "/" + REFORM,
                code,
                level,
                name,
                null,
                type + " " + name,
                null,
                type,
                level == UnitLevel.COMMUNE ? "19" : null,
                REFORM,
                null,
                "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}",
                Instant.EPOCH);
    }

    @Override
    public synchronized List<AdminUnit> units(LocalDate day, UnitLevel level, boolean withGeometry) {
        List<AdminUnit> all = level == UnitLevel.PROVINCE ? provinces : communes;
        return all.stream().filter(unit -> unit.validOn(day)).toList();
    }

    @Override
    public synchronized List<ReportLocation> reports() {
        return List.copyOf(reports);
    }

    @Override
    public List<Facility> facilities() {
        return List.of(new Facility(
                "FAC-HOS-001",
                "hospital",
                "Bệnh viện Đa khoa Trung ương Thái Nguyên",
                21.5836,
                105.8298,
                "05443",
                "479 Lương Ngọc Quyến",
                1500,
                "0208 3855 222",
                Instant.EPOCH));
    }

    @Override
    public List<Camera> cameras() {
        return List.of(
                SampleCache.camera("CAM-001", "Ngã tư Đồng Quang", "Phường Phan Đình Phùng", Camera.Status.ONLINE));
    }

    @Override
    public synchronized List<UnitChange> communeChanges() {
        return List.copyOf(changes);
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator(
                "PS_ONTIME_RATE",
                "Tỷ lệ hồ sơ giải quyết đúng hạn",
                "Dossiers resolved on time",
                "public_services",
                "%",
                Indicator.Direction.HIGHER_BETTER,
                Period.Kind.MONTH,
                98.0,
                95.0,
                90.0,
                Instant.EPOCH));
    }

    @Override
    public List<UnitValue> latestValues(String indicatorCode) {
        return List.of(new UnitValue("05443", 96.5, "2026-10", LocalDate.of(2026, 10, 1)));
    }
}
