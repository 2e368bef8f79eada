package org.iocconsole.sync.connector.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.FetchResult;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.connector.SourceException;
import org.iocconsole.sync.connector.SourceHttp;
import org.iocconsole.sync.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads any of our feed contracts: {@code GET {url}/{endpoint}?since={cursor}&limit={page-size}}, with
 * {@code If-None-Match} when an ETag is known for that cursor ({@code 304} gives "not modified"). The envelope is
 * parsed while it streams, items become model records through the contract's mapping, tombstones become deleted
 * keys, and a page over the source's page-size or byte limit is refused whole. The returned page's cursor is the
 * server's {@code next_cursor} (the cursor sent when it gave none); its ETag is kept only when the cursor did not
 * move, because it describes the answer for that cursor. Created by {@code SourceConnectors}; thread-safe.
 */
public final class FeedConnector<T> implements SourceConnector<T> {

    private static final Logger LOG = LoggerFactory.getLogger(FeedConnector.class);

    private final SourceConfig source;
    private final FeedSpec<T> spec;
    private final SourceHttp http;
    private final ObjectMapper mapper;
    private final FeedItemParser<T> items;
    private final HttpUrl endpoint;

    public FeedConnector(SourceConfig source, FeedSpec<T> spec, SourceHttp http, ObjectMapper mapper) {
        this.source = source;
        this.spec = spec;
        this.http = http;
        this.mapper = mapper;
        this.items = spec.newParser(mapper, source.url());
        this.endpoint = HttpUrl.get(source.url()).resolve(spec.endpoint());
    }

    @Override
    public SourceConfig source() {
        return source;
    }

    @Override
    public Class<T> rowType() {
        return spec.rowType();
    }

    @Override
    public FetchResult<T> fetch(String cursor, String etag, CancelHandle cancel) throws SourceException {
        HttpUrl.Builder url = endpoint.newBuilder();
        if (cursor != null) {
            url.addQueryParameter("since", cursor);
        }
        url.addQueryParameter("limit", Integer.toString(source.pageSize()));
        Request.Builder request = new Request.Builder().url(url.build()).header("Accept", "application/json");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        FetchResult<T> result = http.execute(request.build(), cancel, (response, body) -> {
            if (response.code() == 304) {
                String newEtag = response.header("ETag");
                return FetchResult.notModified(cursor, newEtag != null ? newEtag : etag);
            }
            try (JsonParser parser = mapper.createParser(body)) {
                Page<T> page =
                        FeedEnvelopeReader.read(parser, items, source.pageSize(), cursor, response.header("ETag"));
                return FetchResult.of(page);
            }
        });
        if (LOG.isDebugEnabled()) {
            Page<T> page = result.page();
            LOG.debug(
                    "Source {}: {} rows, {} deleted, has more: {}{}",
                    source.id(),
                    page.items().size(),
                    page.deletedKeys().size(),
                    page.hasMore(),
                    result.notModified() ? " (not modified)" : "");
        }
        return result;
    }
}
