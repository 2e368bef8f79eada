package org.iocconsole.sync.cache;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.DocumentStat;
import org.iocconsole.sync.model.DossierStat;
import org.iocconsole.sync.model.Facility;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Observation;
import org.iocconsole.sync.model.Period;
import org.iocconsole.sync.model.ReportHistoryEntry;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;

/** Model rows with every field set, for round trips through the cache. */
public final class SampleRows {
    public static final Instant T0 = Instant.parse("2026-11-21T01:12:30Z");

    private SampleRows() {}

    public static CitizenReport report(String id, String workflowStatus, Instant updatedAt) {
        return new CitizenReport(
                id,
                CitizenReport.OpenStatus.OPEN,
                "Đã chuyển Sở Xây dựng xử lý",
                "Hư hỏng đường, vỉa hè",
                "road_damage",
                "Mặt đường Lương Ngọc Quyến đoạn gần chợ Thái bị sụt lún, nhiều ổ gà sâu.",
                "Sở Xây dựng",
                null,
                T0,
                updatedAt,
                T0.plusSeconds(5 * 86_400),
                "Đường Lương Ngọc Quyến, Phường Phan Đình Phùng",
                null,
                null,
                21.5921,
                105.8437,
                "media/reports/" + id + ".jpg",
                "high",
                workflowStatus,
                "05443",
                "hotline_1022",
                null,
                List.of(new ReportHistoryEntry(T0, "received", "Tiếp nhận qua tổng đài 1022", "tongdai1022")));
    }

    public static AdminUnit commune(String code) {
        return new AdminUnit(
                "commune/" + code + "/2025-07-01",
                code,
                UnitLevel.COMMUNE,
                "Phan Đình Phùng",
                "Phan Dinh Phung Ward",
                "Phường Phan Đình Phùng",
                "Phan Dinh Phung",
                "Phường",
                "19",
                LocalDate.of(2025, 7, 1),
                null,
                "{\"type\":\"Polygon\",\"coordinates\":[[[105.8,21.5],[105.9,21.5],[105.9,21.6],[105.8,21.5]]]}",
                T0);
    }

    public static UnitChange change() {
        return new UnitChange(
                "commune/05452/05443/2025-07-01",
                UnitLevel.COMMUNE,
                "05452",
                "Phường Tân Thịnh",
                "05443",
                "Phường Phan Đình Phùng",
                UnitChange.Relation.FULL,
                LocalDate.of(2025, 7, 1),
                "Nghị quyết 1683/NQ-UBTVQH15",
                T0);
    }

    public static Indicator indicator() {
        return new Indicator(
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
                T0);
    }

    public static Observation observation(String period, Double value) {
        return new Observation("PS_ONTIME_RATE", "19", Period.parse(period), value, T0);
    }

    public static DossierStat dossierStat() {
        return new DossierStat("19", "Sở Tư pháp", Period.parse("2026-10"), 1240, 1185, 1170, 15, 1032, T0);
    }

    public static DocumentStat documentStat() {
        return new DocumentStat("19", "Văn phòng UBND tỉnh", Period.parse("2026-10"), 2310, 1875, 2204, 31, T0);
    }

    public static Camera camera(String id, Camera.Status status) {
        return new Camera(
                id,
                "Ngã tư Đồng Quang",
                21.5889,
                105.8412,
                "Phường Phan Đình Phùng",
                "05443",
                Camera.StreamKind.MJPEG,
                "http://127.0.0.1:1/cameras/" + id + "/stream.mjpg",
                "http://127.0.0.1:1/cameras/" + id + "/snapshot.jpg",
                status,
                T0);
    }

    public static Facility hospital() {
        return new Facility(
                "FAC-HOS-001",
                "hospital",
                "Bệnh viện Đa khoa Trung ương Thái Nguyên",
                21.5836,
                105.8298,
                "05443",
                "479 Lương Ngọc Quyến",
                1500,
                "0208 3855 222",
                T0);
    }
}
