package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.demo.DemoTestSupport.getJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The outbox's endpoint: idempotency, conflicts, refusals, and effects visible to the next sync. */
class ActionsTest {
    private static final MediaType JSON = MediaType.get("application/json");
    private static DemoProvince demo;

    @BeforeAll
    static void start() {
        demo = DemoTestSupport.startManual(42, "19");
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static JsonNode report(String workflowStatus) {
        for (JsonNode report : getJson(demo.open311Url() + "requests.json?extensions=true")) {
            if (report.get("extended_attributes")
                    .get("workflow_status")
                    .asText()
                    .equals(workflowStatus)) {
                return report;
            }
        }
        throw new AssertionError("no report in status " + workflowStatus);
    }

    private static JsonNode current(String id) {
        return getJson(demo.open311Url() + "requests/" + id + ".json?extensions=true")
                .get(0);
    }

    private static ObjectNode action(String kind, JsonNode report) {
        ObjectNode action = DemoTestSupport.MAPPER
                .createObjectNode()
                .put("kind", kind)
                .put("target", report.get("service_request_id").asText())
                .put("actor", "dieuhanh01")
                .put("created_at", "2026-11-22T01:30:00Z")
                .put("base_updated_at", report.get("updated_datetime").asText());
        action.putObject("payload");
        return action;
    }

    private static DemoTestSupport.Answer post(String key, Object body) {
        Request.Builder request =
                new Request.Builder().url(demo.apiUrl() + "actions").post(RequestBody.create(body.toString(), JSON));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return DemoTestSupport.call(request.build());
    }

    @Test
    void appliesOnceAndAnswersAReplayWithTheFirstAnswer() {
        JsonNode report = report("received");
        String id = report.get("service_request_id").asText();
        ObjectNode assign = action("report.assign", report);
        ((ObjectNode) assign.get("payload")).put("agency", "Sở Xây dựng").put("note", "Chuyển xử lý theo thẩm quyền");
        String key = UUID.randomUUID().toString();

        Instant before = demo.clock().instant().minusSeconds(1);
        DemoTestSupport.Answer first = post(key, assign);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("status").asText()).isEqualTo("applied");
        JsonNode after = current(id);
        int steps = after.get("extended_attributes").get("history").size();
        assertThat(after.get("agency_responsible").asText()).isEqualTo("Sở Xây dựng");
        assertThat(after.get("extended_attributes").get("workflow_status").asText())
                .isEqualTo("assigned");

        demo.clock().advance(Duration.ofSeconds(5));
        DemoTestSupport.Answer replay = post(key, assign);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(current(id).get("extended_attributes").get("history")).hasSize(steps);

        List<String> changed = new ArrayList<>();
        getJson(demo.open311Url() + "requests.json?page_size=1000&updated_after=" + before)
                .forEach(r -> changed.add(r.get("service_request_id").asText()));
        assertThat(changed).contains(id);
    }

    @Test
    void aStaleBaseOrAForbiddenTransitionIsAConflict() {
        JsonNode report = report("received");
        ObjectNode priority = action("report.set_priority", report);
        ((ObjectNode) priority.get("payload")).put("priority", "urgent");
        assertThat(post(UUID.randomUUID().toString(), priority).status()).isEqualTo(200);

        DemoTestSupport.Answer stale = post(UUID.randomUUID().toString(), priority);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).isEqualTo("conflict");
        assertThat(current(report.get("service_request_id").asText())
                        .get("extended_attributes")
                        .get("priority")
                        .asText())
                .isEqualTo("urgent");

        JsonNode closed = report("closed");
        ObjectNode reopen = action("report.change_status", closed);
        ((ObjectNode) reopen.get("payload")).put("status", "in_progress");
        assertThat(post(UUID.randomUUID().toString(), reopen).status()).isEqualTo(409);
    }

    @Test
    void refusesWhatItCannotUnderstand() {
        JsonNode report = report("classified");
        assertThat(post(null, action("report.acknowledge", report)).status()).isEqualTo(400);
        assertThat(post(UUID.randomUUID().toString(), "{not json").status()).isEqualTo(400);
        assertThat(post(UUID.randomUUID().toString(), "{\"target\": \"x\"}").status())
                .isEqualTo(400);

        DemoTestSupport.Answer unknownKind = post(UUID.randomUUID().toString(), action("report.teleport", report));
        assertThat(unknownKind.status()).isEqualTo(422);
        assertThat(unknownKind.json().get("error").asText()).isEqualTo("unknown_kind");

        ObjectNode unknownTarget = action("report.acknowledge", report).put("target", "TN-1900-000000");
        assertThat(post(UUID.randomUUID().toString(), unknownTarget).status()).isEqualTo(422);

        ObjectNode badPriority = action("report.set_priority", report);
        ((ObjectNode) badPriority.get("payload")).put("priority", "whenever");
        assertThat(post(UUID.randomUUID().toString(), badPriority).status()).isEqualTo(422);

        DemoTestSupport.Answer wrongMethod = DemoTestSupport.get(demo.apiUrl() + "actions");
        assertThat(wrongMethod.status()).isEqualTo(405);
    }

    @Test
    void mergesADuplicateAndMovesStatusesByHand() {
        JsonNode original = report("in_progress");
        JsonNode copy = report("received");
        ObjectNode merge = action("report.merge_duplicate", copy);
        ((ObjectNode) merge.get("payload"))
                .put("duplicate_of", original.get("service_request_id").asText());
        assertThat(post(UUID.randomUUID().toString(), merge).status()).isEqualTo(200);
        JsonNode merged = current(copy.get("service_request_id").asText());
        assertThat(merged.get("status").asText()).isEqualTo("closed");
        assertThat(merged.get("extended_attributes").get("duplicate_of").asText())
                .isEqualTo(original.get("service_request_id").asText());

        ObjectNode resolve = action("report.change_status", original);
        ((ObjectNode) resolve.get("payload")).put("status", "resolved").put("note", "Đã xử lý xong tại hiện trường");
        assertThat(post(UUID.randomUUID().toString(), resolve).status()).isEqualTo(200);
        JsonNode resolved = current(original.get("service_request_id").asText());
        assertThat(resolved.get("status_notes").asText()).isEqualTo("Đã xử lý xong tại hiện trường");

        demo.clock().advance(Duration.ofDays(8));
        assertThat(current(original.get("service_request_id").asText())
                        .get("extended_attributes")
                        .get("workflow_status")
                        .asText())
                .isEqualTo("closed");
    }

    @Test
    void acknowledgesAlerts() {
        ObjectNode alert = DemoTestSupport.MAPPER
                .createObjectNode()
                .put("kind", "alert.acknowledge")
                .put("target", "ALERT-KPI-PS_ONTIME_RATE")
                .put("actor", "dieuhanh02");
        assertThat(post(UUID.randomUUID().toString(), alert).status()).isEqualTo(200);
    }
}
