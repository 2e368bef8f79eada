package org.iocconsole.sync.connector.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.iocconsole.sync.connector.ApiExamples;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a citizen report becomes, including the awkward ones real servers send. */
class Open311ReportsTest {

    private final ConnectorFixture fixture = new ConnectorFixture();
    private final Open311Connector connector = fixture.connectors.open311(fixture.source(Contract.OPEN311));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void keepsEveryFieldOfTheSpecificationsExample() throws Exception {
        CitizenReport report = readOne(ApiExamples.REQUEST);

        assertThat(report.serviceRequestId()).isEqualTo("TN-2026-031245");
        assertThat(report.status()).isEqualTo(CitizenReport.OpenStatus.OPEN);
        assertThat(report.statusNotes()).isEqualTo("Đã chuyển Sở Xây dựng xử lý");
        assertThat(report.serviceName()).isEqualTo("Hư hỏng đường, vỉa hè");
        assertThat(report.serviceCode()).isEqualTo("road_damage");
        assertThat(report.description())
                .isEqualTo("Mặt đường Lương Ngọc Quyến đoạn gần chợ Thái bị sụt lún, nhiều ổ gà sâu.");
        assertThat(report.agencyResponsible()).isEqualTo("Sở Xây dựng");
        assertThat(report.serviceNotice()).isNull();
        assertThat(report.requestedAt()).isEqualTo(Instant.parse("2026-11-21T01:12:30Z"));
        assertThat(report.updatedAt()).isEqualTo(Instant.parse("2026-11-21T02:40:00Z"));
        assertThat(report.expectedAt()).isEqualTo(Instant.parse("2026-11-26T01:12:30Z"));
        assertThat(report.address()).isEqualTo("Đường Lương Ngọc Quyến, Phường Phan Đình Phùng");
        assertThat(report.addressId()).isNull();
        assertThat(report.zipcode()).isNull();
        assertThat(report.lat()).isEqualTo(21.5921);
        assertThat(report.lon()).isEqualTo(105.8437);
        assertThat(report.mediaUrl())
                .isEqualTo(
                        fixture.url("/api/v1/media/reports/TN-2026-031245.jpg").toString());
        assertThat(report.priority()).isNull();
        assertThat(report.history()).isEmpty();
    }

    @Test
    void keepsReportsWithoutAValidPosition() throws Exception {
        List<String> positions = List.of(
                "\"lat\": 21.5921, \"long\": 105.8437",
                "\"lat\": null, \"long\": null",
                "\"lat\": 121.5, \"long\": 105.8",
                "\"lat\": 21.5, \"long\": -190",
                "\"lat\": 0, \"long\": 0",
                "\"lat\": \"21.5921\", \"long\": \"105.8437\"",
                "\"lat\": \"bắc\", \"long\": 105.8",
                "\"lat\": 21.5");
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < positions.size(); i++) {
            String item = ApiExamples.REQUEST
                    .replace("TN-2026-031245", "TN-" + i)
                    .replaceAll("\"lat\": 21\\.5921,\\s*\"long\": 105\\.8437", positions.get(i));
            array.append(i == 0 ? "" : ",").append(item);
        }
        fixture.enqueue(200, array.append("]").toString());

        List<CitizenReport> reports =
                connector.fetch(null, null, new CancelHandle()).page().items();

        assertThat(reports)
                .extracting(CitizenReport::lat)
                .containsExactly(21.5921, null, null, null, null, 21.5921, null, null);
        assertThat(reports)
                .extracting(CitizenReport::lon)
                .containsExactly(105.8437, null, null, null, null, 105.8437, null, null);
    }

    @Test
    void keepsLongDescriptionsWholeAndHtmlAsText() throws Exception {
        String longText = "Nước ngập sâu tại ngã tư, ".repeat(200);
        String html = "<script>alert('x')</script><b>Ổ gà</b> &amp; <a href=\\\"javascript:x()\\\">xem</a>";
        String item = ApiExamples.REQUEST
                .replace("Mặt đường Lương Ngọc Quyến đoạn gần chợ Thái bị sụt lún, nhiều ổ gà sâu.", longText)
                .replace("Đã chuyển Sở Xây dựng xử lý", html);

        CitizenReport report = readOne(item);

        assertThat(longText.length()).isGreaterThan(4000);
        assertThat(report.description()).isEqualTo(longText);
        assertThat(report.statusNotes())
                .isEqualTo("<script>alert('x')</script><b>Ổ gà</b> &amp; <a href=\"javascript:x()\">xem</a>");
    }

    @Test
    void refusesATimestampWithoutZoneNamingTheRequestAndField() {
        String item = ApiExamples.REQUEST.replace("2026-11-26T08:12:30+07:00", "2026-11-26T08:12:30");

        SourceException e = fail("[" + ApiExamples.REQUEST.replace("031245", "031244") + "," + item + "]");

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e)
                .hasMessage("requests[1] (TN-2026-031245): expected_datetime: \"2026-11-26T08:12:30\" has no offset"
                        + " (the console never guesses a zone)");
    }

    @Test
    void namesBadHistoryEntries() {
        String item = ApiExamples.EXTENDED_REQUEST.replace(
                "\"at\": \"2026-11-21T09:40:00+07:00\"", "\"at\": \"2026-11-21 09:40\"");

        assertThat(fail("[" + item + "]"))
                .hasMessage("requests[0] (TN-2026-031245): extended_attributes.history[1].at: \"2026-11-21 09:40\" is"
                        + " not a timestamp (RFC 3339 with an offset)");
    }

    @Test
    void namesWrongTypesAndMissingFields() {
        assertThat(fail("[" + ApiExamples.REQUEST.replace("\"status\": \"open\"", "\"status\": \"pending\"") + "]"))
                .hasMessage("requests[0] (TN-2026-031245): status: \"pending\" is not open or closed");
        assertThat(fail("[" + ApiExamples.REQUEST.replace("\"service_request_id\"", "\"id\"") + "]"))
                .hasMessage("requests[0]: service_request_id: is missing (required)");
        assertThat(fail("[" + ApiExamples.EXTENDED_REQUEST.replace("\"history\": [", "\"history\": 5, \"x\": [") + "]"))
                .hasMessage("requests[0]: extended_attributes.history: must be a list");
        assertThat(fail("{\"requests\": []}")).hasMessage("the answer must be a JSON array of requests");
    }

    private CitizenReport readOne(String item) throws SourceException {
        fixture.enqueue(200, "[" + item + "]");
        List<CitizenReport> reports =
                connector.fetch(null, null, new CancelHandle()).page().items();
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    private SourceException fail(String body) {
        fixture.enqueue(200, body);
        return catchThrowableOfType(SourceException.class, () -> connector.fetch(null, null, new CancelHandle()));
    }
}
