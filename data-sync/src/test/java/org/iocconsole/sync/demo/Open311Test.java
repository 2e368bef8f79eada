package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.demo.DemoTestSupport.get;
import static org.iocconsole.sync.demo.DemoTestSupport.getJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Open311 GeoReport v2 as published, and the console's extensions. */
class Open311Test {
    private static DemoProvince demo;
    private static String url;

    @BeforeAll
    static void start() {
        demo = DemoTestSupport.startManual(42, "19");
        url = demo.open311Url();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void listsServicesAndDefinesFlooding() {
        JsonNode services = getJson(url + "services.json");
        assertThat(services).hasSizeGreaterThanOrEqualTo(12);
        assertThat(services).allSatisfy(s -> {
            assertThat(s.get("service_code").asText()).matches("[a-z_]+");
            assertThat(s.get("service_name").asText()).isNotBlank();
            assertThat(s.get("type").asText()).isEqualTo("realtime");
            assertThat(s.get("group").asText()).isNotBlank();
        });
        JsonNode flooding = getJson(url + "services/flooding.json");
        assertThat(flooding.get("service_code").asText()).isEqualTo("flooding");
        JsonNode depth = flooding.get("attributes").get(0);
        assertThat(depth.get("code").asText()).isEqualTo("depth");
        assertThat(depth.get("datatype").asText()).isEqualTo("singlevaluelist");
        assertThat(depth.get("values").get(0).get("key").asText()).isEqualTo("ankle");
        assertThat(getJson(url + "services/road_damage.json").get("attributes")).isEmpty();

        DemoTestSupport.Answer missing = get(url + "services/nothing.json");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(missing.json().get(0).get("description").asText()).isNotBlank();
    }

    @Test
    void withoutDatesAnswersTheLastNinetyDaysNewestFirstAtMostOneThousand() {
        JsonNode requests = getJson(url + "requests.json");
        assertThat(requests).hasSize(1000);
        Instant previous = Instant.MAX;
        for (JsonNode request : requests) {
            Instant requested = OffsetDateTime.parse(
                            request.get("requested_datetime").asText())
                    .toInstant();
            assertThat(requested)
                    .isBeforeOrEqualTo(previous)
                    .isAfter(DemoTestSupport.ANCHOR.minus(Duration.ofDays(90)));
            previous = requested;
            assertThat(request.has("extended_attributes")).isFalse();
            assertThat(request.fieldNames())
                    .toIterable()
                    .contains(
                            "service_request_id",
                            "status",
                            "status_notes",
                            "service_name",
                            "service_code",
                            "description",
                            "agency_responsible",
                            "service_notice",
                            "requested_datetime",
                            "updated_datetime",
                            "expected_datetime",
                            "address",
                            "address_id",
                            "zipcode",
                            "lat",
                            "long",
                            "media_url");
        }
    }

    @Test
    void windowsFilterAndRefuseMoreThanNinetyDays() {
        JsonNode week = getJson(url + "requests.json?start_date=2026-10-01T00:00:00%2B07:00"
                + "&end_date=2026-10-08T00:00:00%2B07:00&status=open&service_code=flooding,road_damage");
        assertThat(week).allSatisfy(r -> {
            assertThat(r.get("status").asText()).isEqualTo("open");
            assertThat(r.get("service_code").asText()).isIn("flooding", "road_damage");
            assertThat(r.get("requested_datetime").asText()).startsWith("2026-10-0");
        });
        JsonNode closed = getJson(
                url + "requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-06-03T00:00:00Z" + "&status=closed");
        assertThat(closed)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("closed"));

        for (String query : List.of(
                "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
                "start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
                "start_date=2026-01-01T00:00:00",
                "status=pending",
                "after_id=TN-2026-000001")) {
            DemoTestSupport.Answer answer = get(url + "requests.json?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get(0).get("code").asInt()).isEqualTo(400);
        }
    }

    @Test
    void answersRequestsByIdOneOrMany() {
        JsonNode some = getJson(url + "requests.json");
        String first = some.get(0).get("service_request_id").asText();
        String second = some.get(5).get("service_request_id").asText();

        JsonNode both = getJson(url + "requests.json?service_request_id=" + first + "," + second + ",TN-1900-000000");
        assertThat(both).hasSize(2);
        assertThat(both.get(1).get("service_request_id").asText()).isEqualTo(second);

        JsonNode one = getJson(url + "requests/" + first + ".json?extensions=true");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("extended_attributes").get("history")).isNotEmpty();
        assertThat(get(url + "requests/TN-1900-000000.json").status()).isEqualTo(404);
    }

    @Test
    void incrementalPagingReturnsEveryReportOnceInUpdateOrder() {
        List<JsonNode> all = DemoTestSupport.readAllReports(
                url, r -> assertThat(r.has("extended_attributes")).isTrue());
        assertThat(all.stream().map(r -> r.get("service_request_id").asText()).distinct())
                .hasSize(demo.itemCounts().get("reports"));
        JsonNode page = getJson(url + "requests.json?updated_after=2026-11-01T07:00:00+07:00&page_size=7");
        assertThat(page).hasSize(7);
        assertThat(page.get(0).has("extended_attributes")).isFalse();
    }

    @Test
    void acceptsASubmissionAndFindsItByIdAndToken() {
        RequestBody form = new FormBody.Builder()
                .add("service_code", "flooding")
                .add("lat", "21.5925")
                .add("long", "105.8440")
                .add("description", "Nước ngập sâu trước cổng chợ, xe máy không đi được.")
                .add("attribute[depth]", "knee")
                .add("first_name", "An")
                .build();
        DemoTestSupport.Answer answer = DemoTestSupport.call(
                new Request.Builder().url(url + "requests.json").post(form).build());
        assertThat(answer.status()).isEqualTo(201);
        JsonNode created = answer.json().get(0);
        String id = created.get("service_request_id").asText();
        assertThat(id).startsWith("TN-2026-");
        assertThat(created.get("service_notice").asText()).contains("Thời hạn xử lý");

        JsonNode report =
                getJson(url + "requests/" + id + ".json?extensions=true").get(0);
        assertThat(report.get("status").asText()).isEqualTo("open");
        assertThat(report.get("description").asText())
                .startsWith("Nước ngập sâu")
                .contains("Ngập đầu gối");
        assertThat(report.get("extended_attributes").get("commune_code").asText())
                .isEqualTo("05443");
        assertThat(report.get("extended_attributes").get("workflow_status").asText())
                .isEqualTo("received");

        JsonNode token = getJson(url + "tokens/" + created.get("token").asText() + ".json")
                .get(0);
        assertThat(token.get("service_request_id").asText()).isEqualTo(id);
        assertThat(get(url + "tokens/nothing.json").status()).isEqualTo(404);
    }

    @Test
    void refusesInvalidSubmissions() {
        List<FormBody> invalid = List.of(
                new FormBody.Builder().add("lat", "21.59").add("long", "105.84").build(),
                new FormBody.Builder()
                        .add("service_code", "nothing")
                        .add("address_string", "x")
                        .build(),
                new FormBody.Builder().add("service_code", "waste").build(),
                new FormBody.Builder()
                        .add("service_code", "waste")
                        .add("lat", "21.0")
                        .add("long", "105.8")
                        .build(),
                new FormBody.Builder()
                        .add("service_code", "waste")
                        .add("lat", "abc")
                        .add("long", "105.8")
                        .build(),
                new FormBody.Builder()
                        .add("service_code", "flooding")
                        .add("address_string", "Chợ Thái")
                        .add("attribute[depth]", "ocean")
                        .build());
        for (FormBody form : invalid) {
            DemoTestSupport.Answer answer = DemoTestSupport.call(
                    new Request.Builder().url(url + "requests.json").post(form).build());
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get(0).get("description").asText()).isNotBlank();
        }
        byte[] huge = new byte[RequestBodies.MAX_BYTES + 10];
        DemoTestSupport.Answer tooLarge = DemoTestSupport.call(new Request.Builder()
                .url(url + "requests.json")
                .post(RequestBody.create(huge, MediaType.get("application/x-www-form-urlencoded")))
                .build());
        assertThat(tooLarge.status()).isEqualTo(413);
    }

    @Test
    void aForeignJurisdictionIsNotFound() {
        assertThat(get(url + "services.json?jurisdiction_id=thainguyen.gov.vn").status())
                .isEqualTo(200);
        assertThat(get(url + "services.json?jurisdiction_id=hanoi.gov.vn").status())
                .isEqualTo(404);
    }

    @Test
    void servesTheReportPhotos() throws Exception {
        JsonNode withPhoto = null;
        for (JsonNode request : getJson(url + "requests.json")) {
            if (!request.get("media_url").isNull()) {
                withPhoto = request;
                break;
            }
        }
        assertThat(withPhoto).isNotNull();
        for (String base : List.of(url, demo.baseUrl())) {
            DemoTestSupport.Answer photo = get(base + withPhoto.get("media_url").asText());
            assertThat(photo.status()).isEqualTo(200);
            assertThat(photo.headers().get("Content-Type")).isEqualTo("image/jpeg");
            assertThat(ImageIO.read(new ByteArrayInputStream(photo.body())).getWidth())
                    .isEqualTo(PhotoRenderer.WIDTH);
        }
        assertThat(get(demo.baseUrl() + "media/reports/TN-1900-000000.jpg").status())
                .isEqualTo(404);
    }
}
