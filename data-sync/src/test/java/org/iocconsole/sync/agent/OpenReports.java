package org.iocconsole.sync.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.TestCaches;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.model.ReportHistoryEntry;

/** Asks the demo for open reports over plain Open311, and reads what the cache holds of a report's history. */
final class OpenReports {
    private OpenReports() {}

    static List<String> ids(DemoProvince demo, int count) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(demo.open311Url() + "requests.json?status=open"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            List<String> ids = new ArrayList<>();
            for (JsonNode request : new ObjectMapper().readTree(response.body())) {
                if (ids.size() < count) {
                    ids.add(request.get("service_request_id").asText());
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The steps of a cached report taken by that actor. */
    static long stepsBy(CacheDatabase cache, String reportId, String actor) {
        List<String> history = TestCaches.strings(
                cache, "SELECT history FROM citizen_report WHERE service_request_id = '" + reportId + "'");
        List<ReportHistoryEntry> steps = new HistoryCodec(TestCaches.mapper()).read(history.get(0));
        return steps.stream().filter(step -> actor.equals(step.actor())).count();
    }
}
