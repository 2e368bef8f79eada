package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.demo.DemoTestSupport.get;
import static org.iocconsole.sync.demo.DemoTestSupport.getJson;
import static org.iocconsole.sync.demo.DemoTestSupport.readFeed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import okhttp3.Request;
import org.iocconsole.sync.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every feed of docs/api, read the way the sync engine reads it. */
class FeedContractTest {
    private static final Map<String, Function<JsonNode, String>> KEYS = Map.of(
            "admin-units", item -> item.get("id").asText(),
            "admin-unit-changes", item -> item.get("id").asText(),
            "indicators", item -> item.get("code").asText(),
            "observations",
                    item -> item.get("indicator").asText() + "|"
                            + item.get("unit_code").asText() + "|"
                            + item.get("period").asText(),
            "dossier-stats", FeedContractTest::statKey,
            "document-stats", FeedContractTest::statKey,
            "cameras", item -> item.get("id").asText(),
            "facilities", item -> item.get("id").asText());

    private static DemoProvince demo;
    private static Map<String, Integer> counts;

    @BeforeAll
    static void start() {
        demo = DemoTestSupport.sharedDemo();
        counts = demo.itemCounts();
    }

    private static String statKey(JsonNode item) {
        return item.get("unit_code").asText() + "|" + item.get("agency").asText() + "|"
                + item.get("period").asText();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin-units",
                "admin-unit-changes",
                "indicators",
                "observations",
                "dossier-stats",
                "document-stats",
                "cameras",
                "facilities"
            })
    void pagingThroughAFeedGivesEveryItemOnceInOrder(String feed) {
        List<JsonNode> items = readFeed(demo.apiUrl() + feed, feed.equals("admin-units") ? 150 : 1999);

        Set<String> keys = new HashSet<>();
        Instant previous = Instant.MIN;
        for (JsonNode item : items) {
            assertThat(keys.add(KEYS.get(feed).apply(item)))
                    .as("duplicate %s", item)
                    .isTrue();
            Instant updated = instant(item, "updated_at");
            assertThat(updated).isAfterOrEqualTo(previous).isBeforeOrEqualTo(DemoTestSupport.ANCHOR);
            previous = updated;
            check(feed, item);
        }
        assertThat(items).hasSize(counts.get(feed));
    }

    private static void check(String feed, JsonNode item) {
        switch (feed) {
            case "admin-units" -> {
                assertThat(item.get("id").asText())
                        .matches("(province|district|commune)/\\d{2,5}/(origin|\\d{4}-\\d{2}-\\d{2})");
                assertThat(item.get("name").asText()).isNotBlank();
                JsonNode geometry = item.get("geometry");
                assertThat(geometry.isNull()
                                || Set.of("Polygon", "MultiPolygon")
                                        .contains(geometry.get("type").asText()))
                        .isTrue();
            }
            case "admin-unit-changes" -> {
                assertThat(item.get("relation").asText()).isIn("full", "partial");
                assertThat(item.get("id").asText())
                        .isEqualTo(item.get("level").asText() + "/"
                                + item.get("old_code").asText() + "/"
                                + item.get("new_code").asText() + "/"
                                + item.get("effective_date").asText());
            }
            case "indicators" -> {
                assertThat(item.get("direction").asText()).isIn("higher_better", "lower_better");
                assertThat(item.get("periodicity").asText()).isIn("month", "quarter", "year");
                assertThat(item.get("name_vi").asText()).isNotBlank();
            }
            case "observations" -> {
                assertThat(Period.parse(item.get("period").asText())).isNotNull();
                assertThat(item.get("value").isNumber() || item.get("value").isNull())
                        .isTrue();
            }
            case "dossier-stats" -> {
                for (String field : List.of("received", "resolved", "resolved_on_time", "overdue", "online")) {
                    assertThat(item.get(field).isInt() && item.get(field).asInt() >= 0)
                            .as(field)
                            .isTrue();
                }
                assertThat(item.get("resolved_on_time").asInt())
                        .isLessThanOrEqualTo(item.get("resolved").asInt());
                assertThat(item.get("online").asInt())
                        .isLessThanOrEqualTo(item.get("received").asInt());
            }
            case "document-stats" -> {
                for (String field : List.of("incoming", "outgoing", "processed_on_time", "overdue")) {
                    assertThat(item.get(field).isInt() && item.get(field).asInt() >= 0)
                            .as(field)
                            .isTrue();
                }
            }
            case "cameras" -> {
                assertThat(item.get("stream_kind").asText()).isEqualTo("mjpeg");
                assertThat(item.get("status").asText()).isIn("online", "offline", "maintenance");
                assertThat(item.get("stream_url").asText())
                        .isEqualTo("cameras/" + item.get("id").asText() + "/stream.mjpg");
                assertThat(item.get("lat").isNumber() && item.get("lon").isNumber())
                        .isTrue();
            }
            case "facilities" -> {
                assertThat(item.get("kind").asText())
                        .isIn("hospital", "health_station", "school", "police", "fire_station", "shelter");
                assertThat(item.get("capacity").isInt() || item.get("capacity").isNull())
                        .isTrue();
            }
            default -> throw new AssertionError(feed);
        }
    }

    private static Instant instant(JsonNode item, String field) {
        return OffsetDateTime.parse(item.get(field).asText()).toInstant();
    }

    @Test
    void anUnchangedPageAnswers304ToItsEtag() {
        DemoTestSupport.Answer first = get(demo.apiUrl() + "cameras?limit=50");
        String etag = first.headers().get("ETag");
        assertThat(etag).isNotBlank();

        DemoTestSupport.Answer again = DemoTestSupport.call(new Request.Builder()
                .url(demo.apiUrl() + "cameras?limit=50")
                .header("If-None-Match", etag)
                .build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        DemoTestSupport.Answer other = DemoTestSupport.call(new Request.Builder()
                .url(demo.apiUrl() + "cameras?limit=51")
                .header("If-None-Match", etag)
                .build());
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void theLastPageKeepsItsCursorAndStaysEmpty() {
        List<JsonNode> all = readFeed(demo.apiUrl() + "indicators", 7);
        JsonNode last = getJson(demo.apiUrl() + "indicators?limit=33");
        String cursor = last.get("next_cursor").asText();
        JsonNode after = getJson(demo.apiUrl() + "indicators?since=" + cursor);
        assertThat(all).hasSize(33);
        assertThat(after.get("items")).isEmpty();
        assertThat(after.get("has_more").asBoolean()).isFalse();
        assertThat(after.get("next_cursor").asText()).isEqualTo(cursor);
    }

    @Test
    void limitIsCappedAt2000() {
        JsonNode page = getJson(demo.apiUrl() + "observations?limit=100000");
        assertThat(page.get("items")).hasSize(2000);
        assertThat(page.get("has_more").asBoolean()).isTrue();
    }

    @Test
    void badParametersAnswer400WithAMessage() {
        for (String query :
                List.of("limit=0", "limit=abc", "limit=-5", "since=not-a-cursor", "since=bm90IGEgY3Vyc29y")) {
            DemoTestSupport.Answer answer = get(demo.apiUrl() + "cameras?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).isNotBlank();
            assertThat(answer.json().get("message").asText()).isNotBlank();
        }
    }

    @Test
    void unknownPathsAnswer404Json() {
        for (String url :
                List.of(demo.apiUrl() + "nothing", demo.baseUrl() + "elsewhere", demo.apiUrl() + "cameras/X/y")) {
            DemoTestSupport.Answer answer = get(url);
            assertThat(answer.status()).as(url).isEqualTo(404);
            assertThat(answer.json().get("error").asText()).isEqualTo("not_found");
        }
    }

    @Test
    void healthAnswers() {
        JsonNode health = getJson(demo.apiUrl() + "health");
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("province").asText()).isEqualTo("19");
    }
}
