package org.iocconsole.sync.connector.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Objects;
import org.iocconsole.sync.connector.JsonProblems;
import org.iocconsole.sync.model.Contract;

/**
 * What the generic {@link FeedConnector} needs to know of one contract: its endpoint, its model type and how to read
 * an item. Each contract package offers one (for example {@code CameraFeed.SPEC}). Immutable.
 */
public final class FeedSpec<T> {

    private final Contract contract;
    private final String endpoint;
    private final Class<T> rowType;
    private final FeedMapping<?, T> mapping;

    private FeedSpec(Contract contract, String endpoint, Class<T> rowType, FeedMapping<?, T> mapping) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.rowType = Objects.requireNonNull(rowType, "rowType");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /** A feed at {@code endpoint} (relative to the source URL) whose items map to {@code rowType}. */
    public static <T> FeedSpec<T> of(Contract contract, String endpoint, Class<T> rowType, FeedMapping<?, T> mapping) {
        return new FeedSpec<>(contract, endpoint, rowType, mapping);
    }

    public Contract contract() {
        return contract;
    }

    public String endpoint() {
        return endpoint;
    }

    public Class<T> rowType() {
        return rowType;
    }

    /** An item parser for one source; relative URLs in items resolve against {@code sourceUrl}. */
    public FeedItemParser<T> newParser(ObjectMapper mapper, URI sourceUrl) {
        return parser(mapper, sourceUrl, mapping);
    }

    private static <D, T> FeedItemParser<T> parser(ObjectMapper mapper, URI sourceUrl, FeedMapping<D, T> mapping) {
        return new DtoItemParser<>(JsonProblems.dtoReader(mapper, mapping.dtoType()), mapping, sourceUrl);
    }
}
