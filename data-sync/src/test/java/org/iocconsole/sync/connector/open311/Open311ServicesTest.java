package org.iocconsole.sync.connector.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.connector.ApiExamples;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Services, single requests, filing a request, tokens and the Open311 error array. */
class Open311ServicesTest {

    private final ConnectorFixture fixture = new ConnectorFixture();
    private final Open311Connector connector = fixture.connectors.open311(fixture.source(Contract.OPEN311)
            .withOpen311(new Open311Options("example.gov.vn", Open311Options.Paging.WINDOW, 365, 30, false)));
    private final CancelHandle cancel = new CancelHandle();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void listsServices() throws Exception {
        fixture.enqueue(200, ApiExamples.SERVICES);

        List<Open311Service> services = connector.services(cancel);

        assertThat(fixture.take().getUrl().toString()).endsWith("/api/v1/services.json?jurisdiction_id=example.gov.vn");
        assertThat(services)
                .containsExactly(new Open311Service(
                        "road_damage",
                        "Hư hỏng đường, vỉa hè",
                        "Ổ gà, sụt lún, vỉa hè vỡ",
                        false,
                        "realtime",
                        "đường, ổ gà, vỉa hè",
                        "Hạ tầng giao thông"));
    }

    @Test
    void readsAServiceDefinition() throws Exception {
        fixture.enqueue(200, ApiExamples.SERVICE_DEFINITION);

        ServiceDefinition definition = connector.serviceDefinition("flooding", cancel);

        assertThat(fixture.take().getUrl().encodedPath()).isEqualTo("/api/v1/services/flooding.json");
        assertThat(definition.serviceCode()).isEqualTo("flooding");
        assertThat(definition.attributes())
                .containsExactly(new ServiceDefinition.Attribute(
                        "depth",
                        true,
                        "singlevaluelist",
                        false,
                        null,
                        1,
                        "Mức ngập",
                        List.of(
                                new ServiceDefinition.Value("ankle", "Ngập mắt cá"),
                                new ServiceDefinition.Value("knee", "Ngập đầu gối"))));
    }

    @Test
    void encodesCodesInPathsInsteadOfFollowingThem() throws Exception {
        fixture.enqueue(200, "{\"service_code\": \"x\", \"attributes\": []}");

        connector.serviceDefinition("../../admin", cancel);

        assertThat(fixture.take().getUrl().encodedPath()).isEqualTo("/api/v1/services/..%2F..%2Fadmin.json");
    }

    @Test
    void readsOneRequestById() throws Exception {
        fixture.enqueue(200, "[" + ApiExamples.REQUEST + "]");

        CitizenReport report = connector.request("TN-2026-031245", cancel).orElseThrow();

        assertThat(fixture.take().getUrl().encodedPath()).isEqualTo("/api/v1/requests/TN-2026-031245.json");
        assertThat(report.serviceRequestId()).isEqualTo("TN-2026-031245");
    }

    @Test
    void anUnknownRequestIsEmptyOnTheErrorArray() throws Exception {
        fixture.enqueue(404, "[{\"code\": 404, \"description\": \"Không tìm thấy\"}]");

        assertThat(connector.request("TN-0", cancel)).isEmpty();
    }

    @Test
    void showsTheErrorArrayOfAFailure() {
        fixture.enqueue(
                400,
                "[{\"code\": 400, \"description\": \"Thiếu service_code\"},"
                        + " {\"code\": 400, \"description\": \"Thiếu vị trí\"}]");

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector.services(cancel));

        assertThat(e.kind()).isEqualTo(FailureKind.CLIENT_ERROR);
        assertThat(e).hasMessage("the server answered 400: Thiếu service_code; Thiếu vị trí");
    }

    @Test
    void filesARequestFormEncoded() throws Exception {
        fixture.enqueue(
                201, "[{\"service_request_id\": \"TN-2026-031300\", \"service_notice\": \"Xử lý trong 5" + " ngày\"}]");
        NewServiceRequest report = new NewServiceRequest(
                "road_damage",
                21.5921,
                105.8437,
                null,
                null,
                "Ổ gà sâu & nguy hiểm",
                null,
                null,
                "Lan",
                null,
                null,
                Map.of("depth", "knee"));

        SubmitResult result = connector.submit(report, cancel);

        RecordedRequest request = fixture.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/requests.json");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getBody().utf8())
                .isEqualTo("service_code=road_damage&lat=21.5921&long=105.8437"
                        + "&description=%E1%BB%94+g%C3%A0+s%C3%A2u+%26+nguy+hi%E1%BB%83m&first_name=Lan"
                        + "&attribute%5Bdepth%5D=knee&jurisdiction_id=example.gov.vn");
        assertThat(result).isEqualTo(new SubmitResult("TN-2026-031300", null, "Xử lý trong 5 ngày"));
    }

    @Test
    void aRequestFiledForLaterGivesATokenToLookUp() throws Exception {
        fixture.enqueue(200, "[{\"token\": \"12345\", \"service_notice\": null}]");
        fixture.enqueue(200, "[{\"service_request_id\": null, \"token\": \"12345\"}]");
        fixture.enqueue(200, "[{\"service_request_id\": \"TN-2026-031300\", \"token\": \"12345\"}]");
        NewServiceRequest report = new NewServiceRequest(
                "road_damage", null, null, "Chợ Thái", null, null, null, null, null, null, null, null);

        SubmitResult result = connector.submit(report, cancel);
        fixture.take();

        assertThat(result).isEqualTo(new SubmitResult(null, "12345", null));
        assertThat(connector.requestIdForToken("12345", cancel)).isEmpty();
        assertThat(fixture.take().getUrl().encodedPath()).isEqualTo("/api/v1/tokens/12345.json");
        assertThat(connector.requestIdForToken("12345", cancel)).contains("TN-2026-031300");
    }

    @Test
    void refusesAnAnswerWithNeitherIdNorToken() {
        fixture.enqueue(200, "[{\"service_notice\": \"ok\"}]");
        NewServiceRequest report = new NewServiceRequest(
                "road_damage", null, null, null, "A-17", null, null, null, null, null, null, null);

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector.submit(report, cancel));

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e).hasMessage("answers[0]: neither service_request_id nor token is given");
    }
}
