package org.iocconsole.sync.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code outbox} block: where operator actions are pushed ({@code POST {url}/actions}). Immutable.
 *
 * @param url the API base URL, always ending with {@code /}
 * @param auth where the bearer token comes from, or null when none is needed
 * @param timeout per request
 */
public record OutboxConfig(URI url, TokenRef auth, Duration timeout, boolean allowInsecureHttp) {

    public OutboxConfig {
        url = SourceConfig.withTrailingSlash(Objects.requireNonNull(url, "url"));
        Objects.requireNonNull(timeout, "timeout");
    }

    /** An outbox with the default timeout. */
    public static OutboxConfig of(URI url, TokenRef auth) {
        return new OutboxConfig(url, auth, SourceConfig.DEFAULT_TIMEOUT, false);
    }

    /** Whether actions go over plain HTTP off loopback. */
    public boolean insecure() {
        return SourceConfig.isInsecure(url);
    }
}
