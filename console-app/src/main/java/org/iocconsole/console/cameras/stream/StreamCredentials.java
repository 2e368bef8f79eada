package org.iocconsole.console.cameras.stream;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.config.TokenUnavailableException;
import org.iocconsole.sync.model.Contract;

/**
 * The bearer tokens of camera streams: a stream or snapshot on the server of a {@code cameras} source (same scheme,
 * host and port as the source URL) gets that source's token, read where its {@code auth} block says (environment
 * variable or protected file) each time a stream connects. A stream on any other server gets no token, so a registry
 * that names a foreign URL can never make the console hand a token to it. Tokens are never logged. Thread-safe.
 */
public final class StreamCredentials implements StreamAuth {
    private final List<SourceConfig> sources;
    private final TokenResolver tokens;

    /** @param sources the configured sources; only those of the {@code cameras} contract with {@code auth} count */
    public StreamCredentials(List<SourceConfig> sources, TokenResolver tokens) {
        this.sources = sources.stream()
                .filter(s -> s.contract() == Contract.CAMERAS && s.auth() != null)
                .toList();
        this.tokens = tokens;
    }

    @Override
    public Map<String, String> headers(String url) throws MissingCredentialsException {
        URI target;
        try {
            target = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
        for (SourceConfig source : sources) {
            if (sameServer(source.url(), target)) {
                try {
                    return Map.of("Authorization", "Bearer " + tokens.resolve(source.auth()));
                } catch (TokenUnavailableException e) {
                    throw new MissingCredentialsException(
                            "no token for the streams of source " + source.id() + ": " + e.getMessage());
                }
            }
        }
        return Map.of();
    }

    static boolean sameServer(URI a, URI b) {
        return a.getScheme() != null
                && a.getHost() != null
                && a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
                && a.getHost()
                        .toLowerCase(Locale.ROOT)
                        .equals(String.valueOf(b.getHost()).toLowerCase(Locale.ROOT))
                && port(a) == port(b)
                && b.getRawUserInfo() == null;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
