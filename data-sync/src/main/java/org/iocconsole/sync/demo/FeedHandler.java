package org.iocconsole.sync.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET {api}/{feed}?since=&limit=}: one page of a feed in the shared envelope, with an ETag. */
final class FeedHandler {
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 2000;

    private final DemoWorld world;

    FeedHandler(DemoWorld world) {
        this.world = world;
    }

    void handle(HttpExchange exchange, String name, Query query) throws IOException {
        LiveFeed feed = world.feed(name);
        if (feed == null) {
            throw HttpError.notFound("no feed \"" + name + "\" (feeds: admin-units, admin-unit-changes, indicators, "
                    + "observations, dossier-stats, document-stats, cameras, facilities, notices)");
        }
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            throw HttpError.methodNotAllowed(exchange.getRequestMethod());
        }
        String since = query.get("since");
        FeedKey after;
        try {
            after = since == null ? null : FeedKey.fromCursor(since);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "bad_cursor", "since is not a cursor of this feed: " + since);
        }
        int limit = Math.min(MAX_LIMIT, query.intValue("limit", DEFAULT_LIMIT, 1, Integer.MAX_VALUE));
        FeedStore.Page page = feed.store().page(after, limit);
        String next = page.last() != null ? page.last().toCursor() : after == null ? null : after.toCursor();
        Responses.sendJsonWithEtag(exchange, envelope(page, next));
    }

    private static byte[] envelope(FeedStore.Page page, String nextCursor) {
        int size = 64;
        for (byte[] item : page.items()) {
            size += item.length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(ascii("{\"items\":["));
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(page.items().get(i));
        }
        out.writeBytes(ascii("],\"next_cursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
                + ",\"has_more\":" + page.hasMore() + "}"));
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
