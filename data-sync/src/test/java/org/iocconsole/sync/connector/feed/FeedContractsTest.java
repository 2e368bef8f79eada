package org.iocconsole.sync.connector.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.connector.ConnectorFixture.envelope;

import java.time.Instant;
import java.time.LocalDate;
import org.iocconsole.sync.connector.ApiExamples;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.DocumentStat;
import org.iocconsole.sync.model.DossierStat;
import org.iocconsole.sync.model.Facility;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Observation;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.Period;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each feed contract reads the example of its document into its model record. */
class FeedContractsTest {

    private final ConnectorFixture fixture = new ConnectorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void readsAdminUnits() throws Exception {
        AdminUnit unit = (AdminUnit) readOne(Contract.ADMIN_UNITS, ApiExamples.ADMIN_UNIT, "/api/v1/admin-units");

        assertThat(unit.unitId()).isEqualTo("commune/05443/2025-07-01");
        assertThat(unit.code()).isEqualTo("05443");
        assertThat(unit.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(unit.nameVi()).isEqualTo("Phan Đình Phùng");
        assertThat(unit.fullName()).isEqualTo("Phường Phan Đình Phùng");
        assertThat(unit.nameEn()).isEqualTo("Phan Dinh Phung Ward");
        assertThat(unit.nameAscii()).isEqualTo("Phan Dinh Phung");
        assertThat(unit.type()).isEqualTo("Phường");
        assertThat(unit.parentCode()).isEqualTo("19");
        assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(unit.validTo()).isNull();
        assertThat(fixture.mapper.readTree(unit.geometryGeoJson()).path("type").asText())
                .isEqualTo("MultiPolygon");
        assertThat(unit.updatedAt()).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
    }

    @Test
    void readsUnitChanges() throws Exception {
        UnitChange change =
                (UnitChange) readOne(Contract.UNIT_CHANGES, ApiExamples.UNIT_CHANGE, "/api/v1/admin-unit-changes");

        assertThat(change)
                .isEqualTo(new UnitChange(
                        "commune/05452/05443/2025-07-01",
                        UnitLevel.COMMUNE,
                        "05452",
                        "Phường Quang Trung",
                        "05443",
                        "Phường Phan Đình Phùng",
                        UnitChange.Relation.FULL,
                        LocalDate.of(2025, 7, 1),
                        "Nghị quyết 1683/NQ-UBTVQH15",
                        Instant.parse("2025-07-01T00:00:00Z")));
    }

    @Test
    void readsIndicators() throws Exception {
        Indicator indicator = (Indicator) readOne(Contract.INDICATORS, ApiExamples.INDICATOR, "/api/v1/indicators");

        assertThat(indicator)
                .isEqualTo(new Indicator(
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
                        Instant.parse("2026-01-05T00:00:00Z")));
    }

    @Test
    void readsObservations() throws Exception {
        Observation observation =
                (Observation) readOne(Contract.OBSERVATIONS, ApiExamples.OBSERVATION, "/api/v1/observations");

        assertThat(observation)
                .isEqualTo(new Observation(
                        "PS_ONTIME_RATE", "19", Period.parse("2026-10"), 97.4, Instant.parse("2026-11-03T02:00:00Z")));
    }

    @Test
    void readsDossierStats() throws Exception {
        DossierStat stat =
                (DossierStat) readOne(Contract.DOSSIER_STATS, ApiExamples.DOSSIER_STAT, "/api/v1/dossier-stats");

        assertThat(stat)
                .isEqualTo(new DossierStat(
                        "19",
                        "Sở Tư pháp",
                        Period.parse("2026-10"),
                        1240,
                        1185,
                        1170,
                        15,
                        1032,
                        Instant.parse("2026-11-01T01:00:00Z")));
    }

    @Test
    void readsDocumentStats() throws Exception {
        DocumentStat stat =
                (DocumentStat) readOne(Contract.DOCUMENT_STATS, ApiExamples.DOCUMENT_STAT, "/api/v1/document-stats");

        assertThat(stat)
                .isEqualTo(new DocumentStat(
                        "19",
                        "Văn phòng UBND tỉnh",
                        Period.parse("2026-10"),
                        2310,
                        1875,
                        2204,
                        31,
                        Instant.parse("2026-11-01T01:00:00Z")));
    }

    @Test
    void readsCamerasResolvingRelativeUrlsAgainstTheSource() throws Exception {
        Camera camera = (Camera) readOne(Contract.CAMERAS, ApiExamples.CAMERA, "/api/v1/cameras");

        assertThat(camera.cameraId()).isEqualTo("CAM-0012");
        assertThat(camera.name()).isEqualTo("Ngã tư Đồng Quang");
        assertThat(camera.lat()).isEqualTo(21.5889);
        assertThat(camera.lon()).isEqualTo(105.8412);
        assertThat(camera.group()).isEqualTo("Phường Phan Đình Phùng");
        assertThat(camera.unitCode()).isEqualTo("05443");
        assertThat(camera.streamKind()).isEqualTo(Camera.StreamKind.MJPEG);
        assertThat(camera.streamUrl())
                .isEqualTo(fixture.url("/api/v1/cameras/CAM-0012/stream.mjpg").toString());
        assertThat(camera.snapshotUrl())
                .isEqualTo(fixture.url("/api/v1/cameras/CAM-0012/snapshot.jpg").toString());
        assertThat(camera.status()).isEqualTo(Camera.Status.ONLINE);
        assertThat(camera.updatedAt()).isEqualTo(Instant.parse("2026-11-22T01:12:00Z"));
    }

    @Test
    void keepsAbsoluteCameraUrls() throws Exception {
        String item = ApiExamples.CAMERA.replace(
                "\"cameras/CAM-0012/stream.mjpg\"", "\"https://gw.example.gov.vn/hls/CAM-0012.m3u8\"");

        Camera camera = (Camera) readOne(Contract.CAMERAS, item, "/api/v1/cameras");

        assertThat(camera.streamUrl()).isEqualTo("https://gw.example.gov.vn/hls/CAM-0012.m3u8");
    }

    @Test
    void readsFacilities() throws Exception {
        Facility facility = (Facility) readOne(Contract.FACILITIES, ApiExamples.FACILITY, "/api/v1/facilities");

        assertThat(facility)
                .isEqualTo(new Facility(
                        "FAC-HOS-001",
                        "hospital",
                        "Bệnh viện Đa khoa Trung ương Thái Nguyên",
                        21.5836,
                        105.8298,
                        "05443",
                        "479 Lương Ngọc Quyến, Phường Phan Đình Phùng",
                        1500,
                        "0208 3855 222",
                        Instant.parse("2026-01-10T00:00:00Z")));
    }

    private Object readOne(Contract contract, String item, String expectedPath) throws Exception {
        SourceConnector<?> connector = fixture.connectors.create(fixture.source(contract));
        fixture.enqueue(200, envelope("c1", false, item));

        Page<?> page = connector.fetch(null, null, new CancelHandle()).page();

        assertThat(fixture.take().getUrl().encodedPath()).isEqualTo(expectedPath);
        assertThat(page.items()).hasSize(1);
        assertThat(page.nextCursor()).isEqualTo("c1");
        assertThat(page.hasMore()).isFalse();
        assertThat(connector.rowType())
                .isInstanceOf(Class.class)
                .isEqualTo(page.items().get(0).getClass());
        return page.items().get(0);
    }
}
