package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The player driven over the demo's loopback HTTP, as the console and a trainer's script drive it. */
class ScenarioPlayerTest {
    private static final MediaType JSON = MediaType.get("application/json");
    private static DemoProvince demo;

    @BeforeAll
    static void start() throws ConfigException {
        demo = DemoProvince.play(BuiltInScenarios.load("tai-nan-ql3"), DemoOptions.defaults());
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @BeforeEach
    void fromTheStart() {
        post("reset", "");
    }

    @Test
    void startsPausedAtTheStartWithNothingShown() {
        JsonNode status = DemoTestSupport.getJson(demo.apiUrl() + "scenario");

        assertThat(status.get("id").asText()).isEqualTo("tai-nan-ql3");
        assertThat(status.get("title").get("vi").asText()).isEqualTo("Tai nạn giao thông nghiêm trọng trên QL3");
        assertThat(status.get("state").asText()).isEqualTo("paused");
        assertThat(status.get("position").asText()).isEqualTo("00:00");
        assertThat(status.get("virtual_time").asText()).isEqualTo("2026-04-29T07:00:00Z");
        assertThat(notices()).isEmpty();
        assertThat(status.get("events_done").asInt()).isZero();
    }

    @Test
    void seekingForwardShowsTheEventsInEveryFeed() {
        JsonNode status = post("seek", "{\"position\": \"02:00\"}").json();

        assertThat(status.get("position").asText()).isEqualTo("02:00");
        assertThat(status.get("events_done").asInt()).isEqualTo(8);
        JsonNode board = status.get("board");
        List<JsonNode> notices = notices();
        assertThat(notices)
                .filteredOn(n -> n.get("kind").asText().equals("alert"))
                .first()
                .satisfies(a -> assertThat(a.get("level").asText()).isEqualTo("critical"));
        assertThat(notices)
                .filteredOn(n -> n.get("kind").asText().equals("area"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("id").asText()).isEqualTo("area-phong-toa-ql3");
                    assertThat(a.get("area_kind").asText()).isEqualTo("closure");
                    assertThat(a.get("polygon")).hasSizeGreaterThanOrEqualTo(3);
                    assertThat(a.has("cleared_at")).isFalse();
                });
        assertThat(notices)
                .filteredOn(n -> n.get("kind").asText().equals("message"))
                .hasSize(2);
        String accident = board.get("report_ids").get("tai-nan").asText();
        assertThat(accident).startsWith("TN-2026-");

        JsonNode report = DemoTestSupport.getJson(demo.open311Url() + "requests/" + accident + ".json?extensions=true")
                .get(0);
        assertThat(report.get("description").asText()).startsWith("Xe khách 45 chỗ va chạm xe tải");
        assertThat(report.get("status").asText()).isEqualTo("open");
        assertThat(camera("CAM-0193").get("status").asText()).isEqualTo("offline");
    }

    @Test
    void aScriptedFigureReplacesThePublishedOne() {
        post("seek", "{\"position\": \"03:00\"}");

        List<JsonNode> rows = DemoTestSupport.readFeed(demo.apiUrl() + "observations", 2000);
        assertThat(rows)
                .filteredOn(r -> r.get("indicator").asText().equals("TRF_ACCIDENTS")
                        && r.get("unit_code").asText().equals("19")
                        && r.get("period").asText().equals("2026-04"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("value").asDouble()).isEqualTo(47.0));
    }

    @Test
    void seekingBackRebuildsTheSameProvince() {
        post("seek", "{\"position\": \"01:00\"}");
        JsonNode first = DemoTestSupport.getJson(demo.apiUrl() + "scenario");
        byte[] reports = reportsPage();
        List<JsonNode> notices = notices();

        post("seek", "{\"position\": \"05:00\"}");
        assertThat(notices()).hasSizeGreaterThan(notices.size());
        JsonNode back = post("seek", "{\"position\": \"01:00\"}").json();

        assertThat(back.get("generation").asLong())
                .isGreaterThan(first.get("generation").asLong());
        assertThat(back.get("board")).isEqualTo(first.get("board"));
        assertThat(notices()).as("the notices of 05:00 are gone").isEqualTo(notices);
        assertThat(notices)
                .filteredOn(n -> n.get("kind").asText().equals("area"))
                .hasSize(1);
        assertThat(reportsPage()).isEqualTo(reports);
    }

    @Test
    void badControlsAreRefusedClearlyAndThePlayerStaysUsable() {
        post("seek", "{\"position\": \"01:00\"}");

        DemoTestSupport.Answer beyond = post("seek", "{\"position\": \"07:30\"}");
        assertThat(beyond.status()).isEqualTo(422);
        assertThat(beyond.json().get("message").asText())
                .isEqualTo("cannot seek to 07:30: the scenario runs from 00:00 to 06:00");
        DemoTestSupport.Answer tooFast = post("speed", "{\"speed\": 601}");
        assertThat(tooFast.status()).isEqualTo(422);
        assertThat(tooFast.json().get("message").asText()).contains("from 1 to 600");
        assertThat(post("seek", "{\"position\": \"soon\"}").status()).isEqualTo(422);
        assertThat(post("rewind", "").status()).isEqualTo(404);

        JsonNode status = DemoTestSupport.getJson(demo.apiUrl() + "scenario");
        assertThat(status.get("position").asText()).isEqualTo("01:00");
        assertThat(post("seek", "{\"position\": \"02:00\"}")
                        .json()
                        .get("position")
                        .asText())
                .isEqualTo("02:00");
    }

    @Test
    void aScenarioWithUnknownCamerasIndicatorsOrUnitsIsRefusedAndTheOldOneKeepsPlaying() throws Exception {
        String yaml = """
                version: 1
                id: broken
                title: {vi: "Hỏng"}
                province: "19"
                start: 2026-05-01T08:00:00+07:00
                length: "01:00"
                seed: 1
                events:
                  - at: "00:10"
                    type: camera
                    camera: CAM-9999
                    status: offline
                  - at: "00:20"
                    type: kpi
                    indicator: NO_SUCH
                    value: 1
                  - at: "00:30"
                    type: kpi
                    indicator: TRF_ACCIDENTS
                    unit: "99999"
                    value: 1
                """;
        String body = DemoTestSupport.MAPPER
                .createObjectNode()
                .put("yaml", yaml)
                .put("name", "broken.yaml")
                .toString();

        DemoTestSupport.Answer refused = post("load", body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(StreamSupport.stream(refused.json().get("problems").spliterator(), false)
                        .map(p -> p.get("line").asInt() + " " + p.get("field").asText() + ": "
                                + p.get("problem").asText()))
                .containsExactly(
                        "11 events[0].camera: no camera \"CAM-9999\" in this province",
                        "15 events[1].indicator: no indicator \"NO_SUCH\"",
                        "20 events[2].unit: no unit \"99999\" in this province");
        assertThat(DemoTestSupport.getJson(demo.apiUrl() + "scenario").get("id").asText())
                .isEqualTo("tai-nan-ql3");
        Scenario scenario = ScenarioLoader.parse(yaml, "broken.yaml");
        assertThatThrownBy(() -> DemoProvince.play(scenario, DemoOptions.defaults()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("broken.yaml:11: events[0].camera");
    }

    @Test
    void playingRunsTheClockAtTheChosenSpeedAndStopsAtTheEnd() throws InterruptedException {
        ScenarioPlayer player = demo.scenario().orElseThrow();
        player.seek(Duration.ofHours(6).minusMinutes(30));
        player.setSpeed(600);
        player.play();
        assertThat(player.status().state()).isEqualTo(ScenarioPlayer.State.PLAYING);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (player.status().state() != ScenarioPlayer.State.ENDED && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        ScenarioPlayer.Status ended = player.status();
        assertThat(ended.state()).isEqualTo(ScenarioPlayer.State.ENDED);
        assertThat(ended.position()).isEqualTo(Duration.ofHours(6));
        assertThat(demo.clock().isPaused()).isTrue();
        assertThat(ended.eventsDone()).isEqualTo(ended.scenario().events().size());
    }

    @Test
    void aPlainDemoHasNoScenarioEndpoint() {
        assertThat(DemoTestSupport.get(DemoTestSupport.sharedDemo().apiUrl() + "scenario")
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode camera(String id) {
        return DemoTestSupport.readFeed(demo.apiUrl() + "cameras", 2000).stream()
                .filter(c -> c.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static byte[] reportsPage() {
        return DemoTestSupport.get(demo.open311Url() + "requests.json?extensions=true&page_size=1000"
                        + "&updated_after=2026-04-29T06:00:00Z")
                .body();
    }

    private static DemoTestSupport.Answer post(String control, String json) {
        return DemoTestSupport.call(new Request.Builder()
                .url(demo.apiUrl() + "scenario/" + control)
                .post(RequestBody.create(json, JSON))
                .build());
    }

    private static List<JsonNode> notices() {
        return DemoTestSupport.readFeed(demo.apiUrl() + "notices", 2000);
    }
}
