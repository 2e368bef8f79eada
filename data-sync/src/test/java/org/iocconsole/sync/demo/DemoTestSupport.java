package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Real HTTP against demo provinces on loopback, shared by the demo's tests. */
final class DemoTestSupport {
    /** A Sunday morning in Vietnam (08:30 +07:00), after the reform. */
    static final Instant ANCHOR = Instant.parse("2026-11-22T01:30:00Z");

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .readTimeout(Duration.ofSeconds(30))
            .callTimeout(Duration.ofSeconds(60))
            .build();

    private static DemoProvince shared;

    private DemoTestSupport() {}

    /**
     * One demo (seed 42, province 19, manual clock at {@link #ANCHOR}) for tests that only read and never move its
     * clock; it lives as long as the test JVM.
     */
    static synchronized DemoProvince sharedDemo() {
        if (shared == null) {
            shared = startManual(42, "19");
            shared.awaitReady();
        }
        return shared;
    }

    static DemoProvince startManual(long seed, String province) {
        return DemoProvince.start(
                DemoOptions.defaults().withSeed(seed).withProvince(province).withClock(VirtualClock.manual(ANCHOR)));
    }

    /** The answer to a GET: status, headers and body. */
    record Answer(int status, Headers headers, byte[] body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Answer get(String url) {
        return call(new Request.Builder().url(url).build());
    }

    static Answer call(Request request) {
        try (Response response = CLIENT.newCall(request).execute()) {
            return new Answer(
                    response.code(), response.headers(), response.body().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(request.url().toString(), e);
        }
    }

    static JsonNode getJson(String url) {
        Answer answer = get(url);
        assertThat(answer.status()).as("status of %s: %s", url, answer.text()).isEqualTo(200);
        return answer.json();
    }

    /** Reads a feed from the start to the end with the given page size; checks the envelope of every page. */
    static List<JsonNode> readFeed(String feedUrl, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 10_000; pages++) {
            String url = feedUrl + "?limit=" + limit + (cursor == null ? "" : "&since=" + cursor);
            JsonNode page = getJson(url);
            assertThat(page.fieldNames()).toIterable().containsExactly("items", "next_cursor", "has_more");
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            page.get("items").forEach(items::add);
            cursor = page.get("next_cursor").asText();
            if (!page.get("has_more").asBoolean()) {
                return items;
            }
        }
        throw new AssertionError("the feed never ended: " + feedUrl);
    }

    /** Every report, read through the incremental extension, oldest change first. */
    static List<JsonNode> readAllReports(String open311Url, Consumer<JsonNode> check) {
        List<JsonNode> reports = new ArrayList<>();
        String after = "2000-01-01T00:00:00Z";
        String afterId = "";
        while (true) {
            JsonNode page = getJson(open311Url + "requests.json?extensions=true&page_size=1000&updated_after=" + after
                    + "&after_id=" + afterId);
            if (page.isEmpty()) {
                return reports;
            }
            for (JsonNode report : page) {
                check.accept(report);
                reports.add(report);
            }
            JsonNode last = page.get(page.size() - 1);
            after = last.get("updated_datetime").asText().replace("+", "%2B");
            afterId = last.get("service_request_id").asText();
        }
    }
}
