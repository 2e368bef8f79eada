package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.connector.SourceHttp;
import org.iocconsole.sync.model.CitizenReport;

/**
 * The URLs of one GeoReport v2 endpoint ({@code jurisdiction_id} and {@code extensions} added as configured) and the
 * reading of its request lists. Shared by the paging strategies and {@link Open311Connector}. Thread-safe.
 */
final class Open311Endpoint {

    private final SourceConfig source;
    private final SourceHttp http;
    private final ObjectMapper mapper;
    private final RequestsReader requests;
    private final HttpUrl base;

    Open311Endpoint(SourceConfig source, SourceHttp http, ObjectMapper mapper) {
        this.source = source;
        this.http = http;
        this.mapper = mapper;
        this.requests = new RequestsReader(source.url());
        this.base = HttpUrl.get(source.url());
    }

    SourceConfig source() {
        return source;
    }

    SourceHttp http() {
        return http;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    Open311Options options() {
        return source.open311();
    }

    /** {@code {url}/{segments}} with {@code jurisdiction_id}; path segments are encoded, never interpreted. */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        if (options().jurisdiction() != null) {
            url.addQueryParameter("jurisdiction_id", options().jurisdiction());
        }
        return url;
    }

    /** {@link #url} plus {@code extensions=true} when the source uses the extensions. */
    HttpUrl.Builder requestsUrl(String... segments) {
        HttpUrl.Builder url = url(segments);
        if (options().extensions()) {
            url.addQueryParameter("extensions", "true");
        }
        return url;
    }

    /** GETs a list of requests and maps it. */
    List<CitizenReport> readRequests(HttpUrl url, CancelHandle cancel, int maxItems, boolean requireUpdated)
            throws SourceException {
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .build();
        return http.execute(request, cancel, (response, body) -> {
            try (JsonParser parser = mapper.createParser(body)) {
                return requests.read(parser, maxItems, requireUpdated);
            }
        });
    }
}
