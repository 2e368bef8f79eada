package org.iocconsole.sync.connector.feed;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;

/**
 * Reads one item of a feed from a streaming parser positioned on the item's {@code START_OBJECT}, leaving it on the
 * matching {@code END_OBJECT}. One per fetch; not thread-safe.
 */
@FunctionalInterface
public interface FeedItemParser<T> {

    FeedItem<T> read(JsonParser parser, ItemRef ref) throws IOException, MalformedResponseException;
}
