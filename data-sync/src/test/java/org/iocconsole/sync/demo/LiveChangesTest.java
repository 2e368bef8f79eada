package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.demo.DemoTestSupport.getJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Virtual time brings new reports, workflow progress, camera outages and revised figures to incremental syncs. */
class LiveChangesTest {

    /** The cursor after the last item of a feed. */
    private static String endOf(DemoProvince demo, String feed) {
        String cursor = null;
        while (true) {
            JsonNode page = getJson(demo.apiUrl() + feed + "?limit=2000" + (cursor == null ? "" : "&since=" + cursor));
            cursor = page.get("next_cursor").asText();
            if (!page.get("has_more").asBoolean()) {
                return cursor;
            }
        }
    }

    private static List<JsonNode> since(DemoProvince demo, String feed, String cursor) {
        List<JsonNode> items = new ArrayList<>();
        String next = cursor;
        while (true) {
            JsonNode page = getJson(demo.apiUrl() + feed + "?limit=2000&since=" + next);
            page.get("items").forEach(items::add);
            next = page.get("next_cursor").asText();
            if (!page.get("has_more").asBoolean()) {
                return items;
            }
        }
    }

    @Test
    void reportsArriveAndMoveAsVirtualTimePasses() {
        try (DemoProvince demo = DemoTestSupport.startManual(42, "19")) {
            JsonNode newestBefore = getJson(demo.open311Url() + "requests.json").get(0);
            demo.clock().advance(Duration.ofHours(6));
            JsonNode changed = getJson(demo.open311Url() + "requests.json?extensions=true&page_size=1000&updated_after="
                    + DemoTestSupport.ANCHOR);

            List<JsonNode> arrived = new ArrayList<>();
            List<JsonNode> progressed = new ArrayList<>();
            for (JsonNode report : changed) {
                Instant requested = OffsetDateTime.parse(
                                report.get("requested_datetime").asText())
                        .toInstant();
                (requested.isBefore(DemoTestSupport.ANCHOR) ? progressed : arrived).add(report);
            }
            assertThat(arrived).hasSizeBetween(6, 120);
            assertThat(arrived).allSatisfy(r -> assertThat(
                            r.get("service_request_id").asText())
                    .isGreaterThan(newestBefore.get("service_request_id").asText()));
            assertThat(progressed).isNotEmpty();
            assertThat(progressed).allSatisfy(r -> assertThat(
                            r.get("extended_attributes").get("history").size())
                    .isGreaterThan(1));
        }
    }

    @Test
    void camerasFailAndRecoverAndFiguresAreRevised() {
        try (DemoProvince demo = DemoTestSupport.startManual(42, "19")) {
            String cameras = endOf(demo, "cameras");
            String dossiers = endOf(demo, "dossier-stats");
            String observations = endOf(demo, "observations");

            demo.clock().advance(Duration.ofDays(1));
            List<JsonNode> revised = since(demo, "dossier-stats", dossiers);
            assertThat(revised)
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("period").asText()).isEqualTo("2026-11"));
            assertThat(since(demo, "observations", observations))
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.get("unit_code").asText()).isNotEqualTo("06"));

            demo.clock().advance(Duration.ofDays(20));
            List<JsonNode> changedCameras = since(demo, "cameras", cameras);
            assertThat(changedCameras).isNotEmpty().allSatisfy(c -> assertThat(
                            OffsetDateTime.parse(c.get("updated_at").asText()).toInstant())
                    .isAfter(DemoTestSupport.ANCHOR));
            List<String> periods = since(demo, "dossier-stats", dossiers).stream()
                    .map(r -> r.get("period").asText())
                    .distinct()
                    .sorted()
                    .toList();
            assertThat(periods).containsExactly("2026-11", "2026-12");
        }
    }

    @Test
    void liveChangesDependOnlyOnTheSeedAndHowFarTimeMoved() {
        try (DemoProvince steps = DemoTestSupport.startManual(9, "19");
                DemoProvince leap = DemoTestSupport.startManual(9, "19")) {
            for (int hour = 0; hour < 5; hour++) {
                steps.clock().advance(Duration.ofHours(1));
                getJson(steps.open311Url() + "requests.json");
                getJson(steps.apiUrl() + "cameras?limit=5");
            }
            leap.clock().advance(Duration.ofHours(5));
            String query = "requests.json?extensions=true&page_size=1000&updated_after=" + DemoTestSupport.ANCHOR;
            assertThat(DemoTestSupport.get(steps.open311Url() + query).body())
                    .isEqualTo(DemoTestSupport.get(leap.open311Url() + query).body());
            assertThat(DemoTestSupport.get(steps.apiUrl() + "observations?limit=2000")
                            .body())
                    .isEqualTo(DemoTestSupport.get(leap.apiUrl() + "observations?limit=2000")
                            .body());
        }
    }
}
