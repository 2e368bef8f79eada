package org.iocconsole.sync.connector.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.net.URI;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.JsonProblems;
import org.iocconsole.sync.connector.MalformedResponseException;

/**
 * Reads a feed item into its DTO with Jackson, straight from the stream, then maps it with the contract's
 * {@link FeedMapping}. Thread-safe (the reader and mapping are immutable).
 */
final class DtoItemParser<D, T> implements FeedItemParser<T> {

    private final ObjectReader reader;
    private final FeedMapping<D, T> mapping;
    private final URI sourceUrl;

    DtoItemParser(ObjectReader reader, FeedMapping<D, T> mapping, URI sourceUrl) {
        this.reader = reader;
        this.mapping = mapping;
        this.sourceUrl = sourceUrl;
    }

    @Override
    public FeedItem<T> read(JsonParser parser, ItemRef ref) throws IOException, MalformedResponseException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new MalformedResponseException(ref + ": must be an object");
        }
        D dto;
        try {
            dto = reader.readValue(parser);
        } catch (JsonMappingException e) {
            throw JsonProblems.itemProblem(ref, e);
        }
        String key = mapping.key(dto);
        ItemRef known = ref.withKey(key);
        if (mapping.deleted(dto)) {
            if (key == null) {
                throw new MalformedResponseException(known + ": a deleted item must carry its key");
            }
            return FeedItem.deleted(key);
        }
        return FeedItem.row(mapping.toModel(dto, known, sourceUrl));
    }
}
