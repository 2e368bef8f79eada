package org.iocconsole.sync.connector.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connector against payloads shaped like the GeoReport v2 specification's own examples (test resources under
 * {@code spec/}): a server that follows the standard and knows nothing of our extensions.
 */
class Open311SpecExamplesTest {
    private final ConnectorFixture fixture = new ConnectorFixture();
    private final Open311Connector connector = fixture.connectors.open311(fixture.source(Contract.OPEN311));
    private final CancelHandle cancel = new CancelHandle();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static String spec(String name) throws IOException {
        try (InputStream in = Open311SpecExamplesTest.class.getResourceAsStream("spec/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheServiceList() throws Exception {
        fixture.enqueue(200, spec("services.json"));

        List<Open311Service> services = connector.services(cancel);

        assertThat(services).extracting(Open311Service::code).containsExactly("001", "002", "003");
        assertThat(services.get(0).metadata()).isTrue();
        assertThat(services.get(2).type()).isEqualTo("batch");
        assertThat(services.get(1).group()).isEqualTo("street");
    }

    @Test
    void readsAServiceDefinitionWithNumericKeys() throws Exception {
        fixture.enqueue(200, spec("service-definition.json"));

        ServiceDefinition definition = connector.serviceDefinition("DMV66", cancel);

        assertThat(definition.attributes()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("WHISHETN");
            assertThat(a.required()).isTrue();
            assertThat(a.values()).extracting(ServiceDefinition.Value::key).containsExactly("123", "124");
        });
    }

    @Test
    void readsRequestsWithNumericIdsZipCodesAndOffsets() throws Exception {
        fixture.enqueue(200, spec("requests.json"));

        List<CitizenReport> reports = connector.fetch(null, null, cancel).page().items();

        assertThat(reports).extracting(CitizenReport::serviceRequestId).containsExactly("638344", "638349");
        CitizenReport closed = reports.get(0);
        assertThat(closed.status()).isEqualTo(CitizenReport.OpenStatus.CLOSED);
        assertThat(closed.statusNotes()).isEqualTo("Duplicate request.");
        assertThat(closed.description()).isNull();
        assertThat(closed.requestedAt()).isEqualTo(Instant.parse("2010-04-14T14:37:38Z"));
        assertThat(closed.expectedAt()).isEqualTo(Instant.parse("2010-04-15T14:37:38Z"));
        assertThat(closed.addressId()).isEqualTo("545483");
        assertThat(closed.zipcode()).isEqualTo("94122");
        assertThat(closed.lat()).isEqualTo(37.762221815);
        assertThat(closed.lon()).isEqualTo(-122.4651145);
        assertThat(closed.mediaUrl()).isEqualTo("http://city.gov.s3.amazonaws.com/requests/media/638344.jpg");
        assertThat(closed.workflowStatus())
                .as("no extensions: no internal status")
                .isNull();
        assertThat(reports.get(1).status()).isEqualTo(CitizenReport.OpenStatus.OPEN);
    }

    @Test
    void readsOneRequestByItsNumericId() throws Exception {
        String both = spec("requests.json");
        fixture.enqueue(200, "[" + both.substring(both.indexOf('{'), both.indexOf("},") + 1) + "]");

        assertThat(connector.request("638344", cancel))
                .map(CitizenReport::serviceRequestId)
                .contains("638344");
        assertThat(fixture.take().getUrl().encodedPath()).isEqualTo("/api/v1/requests/638344.json");
    }

    @Test
    void postsARequestAndReadsTheAnswerOrTheToken() throws Exception {
        fixture.enqueue(200, spec("post-answer.json"));
        fixture.enqueue(200, spec("post-token.json"));
        fixture.enqueue(200, spec("token-lookup.json"));
        NewServiceRequest request = new NewServiceRequest(
                "001",
                37.76524078,
                -122.4212043,
                null,
                null,
                "A large sinkhole",
                null,
                "jane@example.com",
                "Jane",
                "Doe",
                "111-111-1111",
                Map.of("WHISHETN", "123"));

        SubmitResult answered = connector.submit(request, cancel);
        SubmitResult later = connector.submit(request, cancel);

        assertThat(answered.serviceRequestId()).isEqualTo("293944");
        assertThat(answered.serviceNotice()).startsWith("The City will inspect");
        assertThat(later).isEqualTo(new SubmitResult(null, "12345", null));
        assertThat(connector.requestIdForToken("12345", cancel)).contains("638344");
        String form = fixture.take().getBody().utf8();
        assertThat(form)
                .contains("service_code=001")
                .contains("lat=37.76524078")
                .contains("long=-122.4212043")
                .contains("email=jane%40example.com")
                .contains("attribute%5BWHISHETN%5D=123");
    }

    @Test
    void showsTheSpecificationsErrorArray() throws Exception {
        fixture.enqueue(403, spec("errors.json"));

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector.services(cancel));

        assertThat(e.kind()).isIn(FailureKind.UNAUTHORIZED, FailureKind.CLIENT_ERROR);
        assertThat(e.getMessage()).contains("Invalid api_key received");
    }
}
