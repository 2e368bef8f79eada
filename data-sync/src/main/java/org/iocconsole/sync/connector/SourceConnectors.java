package org.iocconsole.sync.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.iocconsole.sync.config.OutboxConfig;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.connector.actions.ActionsClient;
import org.iocconsole.sync.connector.adminunits.AdminUnitFeeds;
import org.iocconsole.sync.connector.cameras.CameraFeed;
import org.iocconsole.sync.connector.facilities.FacilityFeed;
import org.iocconsole.sync.connector.feed.FeedConnector;
import org.iocconsole.sync.connector.feed.FeedSpec;
import org.iocconsole.sync.connector.indicators.IndicatorFeeds;
import org.iocconsole.sync.connector.notices.NoticeFeed;
import org.iocconsole.sync.connector.open311.Open311Connector;
import org.iocconsole.sync.connector.statistics.StatisticsFeeds;

/**
 * Makes the connector of each configured source, and the outbox's client. Built once in wiring with the shared
 * {@link OkHttpClient} ({@link HttpClients#newSharedClient}), the shared {@link ObjectMapper}, the token resolver and
 * the clock; every connector it makes derives its own client (timeout, transport policy, token) from the shared one.
 * Thread-safe.
 */
public final class SourceConnectors {

    private final OkHttpClient shared;
    private final ObjectMapper mapper;
    private final TokenResolver tokens;
    private final Clock clock;

    public SourceConnectors(OkHttpClient shared, ObjectMapper mapper, TokenResolver tokens, Clock clock) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The connector for any source, by its contract; an {@link Open311Connector} for {@code open311}. */
    public SourceConnector<?> create(SourceConfig source) {
        return switch (source.contract()) {
            case OPEN311 -> open311(source);
            case ADMIN_UNITS -> feed(source, AdminUnitFeeds.ADMIN_UNITS);
            case UNIT_CHANGES -> feed(source, AdminUnitFeeds.UNIT_CHANGES);
            case INDICATORS -> feed(source, IndicatorFeeds.INDICATORS);
            case OBSERVATIONS -> feed(source, IndicatorFeeds.OBSERVATIONS);
            case DOSSIER_STATS -> feed(source, StatisticsFeeds.DOSSIER_STATS);
            case DOCUMENT_STATS -> feed(source, StatisticsFeeds.DOCUMENT_STATS);
            case CAMERAS -> feed(source, CameraFeed.SPEC);
            case FACILITIES -> feed(source, FacilityFeed.SPEC);
            case NOTICES -> feed(source, NoticeFeed.SPEC);
        };
    }

    /** The connector of an Open311 source, with the operations beyond paging (services, filing a report...). */
    public Open311Connector open311(SourceConfig source) {
        return new Open311Connector(source, http(source), mapper, clock);
    }

    /** A feed connector for a source of one of our feed contracts. */
    public <T> FeedConnector<T> feed(SourceConfig source, FeedSpec<T> spec) {
        if (spec.contract() != source.contract()) {
            throw new IllegalArgumentException("source " + source.id() + " has contract "
                    + source.contract().wireName() + ", not " + spec.contract().wireName());
        }
        return new FeedConnector<>(source, spec, http(source), mapper);
    }

    /** The client that pushes operator actions to the outbox endpoint. */
    public ActionsClient actions(OutboxConfig outbox) {
        return new ActionsClient(SourceHttp.forOutbox(shared, outbox, mapper, tokens, clock), outbox.url(), mapper);
    }

    private SourceHttp http(SourceConfig source) {
        return SourceHttp.forSource(shared, source, mapper, tokens, clock);
    }
}
