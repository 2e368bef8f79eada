package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.FailureKind;
import org.iocconsole.sync.connector.FetchResult;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.JsonProblems;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.connector.SourceHttp;
import org.iocconsole.sync.model.CitizenReport;

/**
 * Reads citizen reports from an Open311 GeoReport v2 endpoint (docs/api/open311.md) and files new ones.
 *
 * <p>{@link #fetch} pages through {@code requests.json} as the source's {@code open311.paging} says:
 * {@code updated-after} (the extension; cursor {@code after|{instant}|{id}}, see {@code UpdatedAfterPaging}) or
 * {@code window} (standard servers; cursor {@code window|{position}|{walk end}|{span seconds}}, see
 * {@code WindowPaging}). A cursor of the other kind (after the paging setting changed) starts the history again. Open311
 * has neither ETags nor tombstones, so pages carry neither.
 *
 * <p>The other methods serve the console directly (service lists for a filing form, one report, filing a report,
 * looking up the id behind a token). Errors come as {@link SourceException}s; the server's Open311 error array, if
 * any, is in the message. Created by {@code SourceConnectors}; thread-safe.
 */
public final class Open311Connector implements SourceConnector<CitizenReport> {

    private static final int MAX_SERVICES = 10_000;

    private final Open311Endpoint endpoint;
    private final UpdatedAfterPaging updatedAfter;
    private final WindowPaging window;

    public Open311Connector(SourceConfig source, SourceHttp http, ObjectMapper mapper, Clock clock) {
        if (source.open311() == null) {
            throw new IllegalArgumentException("source " + source.id() + " is not an open311 source");
        }
        this.endpoint = new Open311Endpoint(source, http, mapper);
        this.updatedAfter = new UpdatedAfterPaging(endpoint, clock);
        this.window = new WindowPaging(endpoint, clock);
    }

    @Override
    public SourceConfig source() {
        return endpoint.source();
    }

    @Override
    public Class<CitizenReport> rowType() {
        return CitizenReport.class;
    }

    /** The page after the cursor; {@code etag} is ignored (Open311 has none). */
    @Override
    public FetchResult<CitizenReport> fetch(String cursor, String etag, CancelHandle cancel) throws SourceException {
        return endpoint.options().paging() == Open311Options.Paging.UPDATED_AFTER
                ? updatedAfter.fetch(cursor, cancel)
                : window.fetch(cursor, cancel);
    }

    /** {@code GET services.json}. */
    public List<Open311Service> services(CancelHandle cancel) throws SourceException {
        ObjectReader reader = JsonProblems.dtoReader(endpoint.mapper(), ServiceDto.class);
        return get(
                endpoint.url("services.json").build(),
                cancel,
                parser -> Open311Arrays.read(
                        parser,
                        reader,
                        "services",
                        MAX_SERVICES,
                        (ServiceDto dto, ItemRef ref) -> Open311Values.service(dto, ref)));
    }

    /** {@code GET services/{code}.json}: the attributes of a service with {@code metadata: true}. */
    public ServiceDefinition serviceDefinition(String serviceCode, CancelHandle cancel) throws SourceException {
        ObjectReader reader = JsonProblems.dtoReader(endpoint.mapper(), ServiceDefinitionDto.class);
        HttpUrl url = endpoint.url("services", serviceCode + ".json").build();
        return get(url, cancel, parser -> Open311Values.definition(Open311Values.readObject(parser, reader)));
    }

    /** {@code GET requests/{id}.json}; empty when the server does not know the id (404 or an empty list). */
    public Optional<CitizenReport> request(String serviceRequestId, CancelHandle cancel) throws SourceException {
        HttpUrl url =
                endpoint.requestsUrl("requests", serviceRequestId + ".json").build();
        try {
            return endpoint.readRequests(url, cancel, WindowPaging.MAX_ITEMS, false).stream()
                    .findFirst();
        } catch (SourceException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** {@code POST requests.json} (form-encoded): the new request's id, or a token for it. */
    public SubmitResult submit(NewServiceRequest report, CancelHandle cancel) throws SourceException {
        FormBody.Builder form = new FormBody.Builder().add("service_code", report.serviceCode());
        if (report.lat() != null) {
            form.add("lat", BigDecimal.valueOf(report.lat()).toPlainString());
            form.add("long", BigDecimal.valueOf(report.lon()).toPlainString());
        }
        addIfPresent(form, "address_string", report.addressString());
        addIfPresent(form, "address_id", report.addressId());
        addIfPresent(form, "description", report.description());
        addIfPresent(form, "media_url", report.mediaUrl());
        addIfPresent(form, "email", report.email());
        addIfPresent(form, "first_name", report.firstName());
        addIfPresent(form, "last_name", report.lastName());
        addIfPresent(form, "phone", report.phone());
        for (Map.Entry<String, String> attribute : report.attributes().entrySet()) {
            form.add("attribute[" + attribute.getKey() + "]", attribute.getValue());
        }
        addIfPresent(form, "jurisdiction_id", endpoint.options().jurisdiction());
        HttpUrl url = HttpUrl.get(endpoint.source().url()).resolve("requests.json");
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .post(form.build())
                .build();
        ObjectReader reader = JsonProblems.dtoReader(endpoint.mapper(), ReceiptDto.class);
        return endpoint.http().execute(request, cancel, (response, body) -> {
            try (JsonParser parser = endpoint.mapper().createParser(body)) {
                return Open311Values.submitResult(
                        Open311Arrays.read(parser, reader, "answers", 100, (ReceiptDto dto, ItemRef ref) -> dto));
            }
        });
    }

    /** {@code GET tokens/{token}.json}: the request id once the server has assigned one. */
    public Optional<String> requestIdForToken(String token, CancelHandle cancel) throws SourceException {
        ObjectReader reader = JsonProblems.dtoReader(endpoint.mapper(), ReceiptDto.class);
        try {
            List<ReceiptDto> receipts = get(
                    endpoint.url("tokens", token + ".json").build(),
                    cancel,
                    parser -> Open311Arrays.read(parser, reader, "answers", 100, (ReceiptDto dto, ItemRef ref) -> dto));
            return receipts.stream()
                    .map(ReceiptDto::serviceRequestId)
                    .filter(id -> id != null && !id.isBlank())
                    .findFirst();
        } catch (SourceException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private interface JsonBody<T> {
        T read(JsonParser parser) throws IOException, MalformedResponseException;
    }

    private <T> T get(HttpUrl url, CancelHandle cancel, JsonBody<T> reader) throws SourceException {
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .build();
        return endpoint.http().execute(request, cancel, (response, body) -> {
            try (JsonParser parser = endpoint.mapper().createParser(body)) {
                return reader.read(parser);
            }
        });
    }

    private static boolean isNotFound(SourceException e) {
        return e.kind() == FailureKind.CLIENT_ERROR && e.httpStatus().orElse(0) == 404;
    }

    private static void addIfPresent(FormBody.Builder form, String name, String value) {
        if (value != null && !value.isBlank()) {
            form.add(name, value);
        }
    }
}
