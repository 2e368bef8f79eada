package org.iocconsole.sync.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.iocconsole.sync.model.Contract;

/**
 * One entry of {@code sources}: where a contract is read from, with what credentials, how often and within which
 * limits. Immutable; built by {@link SourcesConfigLoader} (which validates every field with its line) or in code, for
 * the demo province and tests, through {@link #of} and the {@code with...} methods.
 *
 * @param url the source URL, always ending with {@code /} so that endpoints resolve below it
 * @param auth where the bearer token comes from, or null when the source needs none
 * @param open311 the Open311 options; non-null exactly when the contract is {@code open311}
 */
public record SourceConfig(
        String id,
        Contract contract,
        URI url,
        TokenRef auth,
        Duration every,
        int pageSize,
        Duration timeout,
        int maxResponseMb,
        boolean allowInsecureHttp,
        Open311Options open311) {

    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(5);
    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RESPONSE_MB = 32;

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contract, "contract");
        url = withTrailingSlash(Objects.requireNonNull(url, "url"));
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(timeout, "timeout");
        if (pageSize < 1 || maxResponseMb < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("page size, response limit and timeout must be positive");
        }
        if ((contract == Contract.OPEN311) != (open311 != null)) {
            throw new IllegalArgumentException("open311 options go with the open311 contract, and only with it");
        }
    }

    /** A source with the documented defaults (standard Open311 options for the open311 contract). */
    public static SourceConfig of(String id, Contract contract, URI url) {
        return new SourceConfig(
                id,
                contract,
                url,
                null,
                DEFAULT_EVERY,
                DEFAULT_PAGE_SIZE,
                DEFAULT_TIMEOUT,
                DEFAULT_MAX_RESPONSE_MB,
                false,
                contract == Contract.OPEN311 ? Open311Options.standard() : null);
    }

    public SourceConfig withAuth(TokenRef newAuth) {
        return new SourceConfig(
                id, contract, url, newAuth, every, pageSize, timeout, maxResponseMb, allowInsecureHttp, open311);
    }

    public SourceConfig withEvery(Duration newEvery) {
        return new SourceConfig(
                id, contract, url, auth, newEvery, pageSize, timeout, maxResponseMb, allowInsecureHttp, open311);
    }

    public SourceConfig withPageSize(int newPageSize) {
        return new SourceConfig(
                id, contract, url, auth, every, newPageSize, timeout, maxResponseMb, allowInsecureHttp, open311);
    }

    public SourceConfig withTimeout(Duration newTimeout) {
        return new SourceConfig(
                id, contract, url, auth, every, pageSize, newTimeout, maxResponseMb, allowInsecureHttp, open311);
    }

    public SourceConfig withMaxResponseMb(int newMaxResponseMb) {
        return new SourceConfig(
                id, contract, url, auth, every, pageSize, timeout, newMaxResponseMb, allowInsecureHttp, open311);
    }

    public SourceConfig withAllowInsecureHttp(boolean allow) {
        return new SourceConfig(id, contract, url, auth, every, pageSize, timeout, maxResponseMb, allow, open311);
    }

    public SourceConfig withOpen311(Open311Options options) {
        return new SourceConfig(
                id, contract, url, auth, every, pageSize, timeout, maxResponseMb, allowInsecureHttp, options);
    }

    /** The response limit in bytes. */
    public long maxResponseBytes() {
        return maxResponseMb * 1024L * 1024L;
    }

    /** Whether the source is read over plain HTTP off loopback (allowed only by {@code allow-insecure-http}). */
    public boolean insecure() {
        return isInsecure(url);
    }

    /** Plain HTTP to a host that is not loopback. */
    static boolean isInsecure(URI url) {
        return "http".equalsIgnoreCase(url.getScheme()) && !Loopback.isLoopbackHost(url.getHost());
    }

    static URI withTrailingSlash(URI url) {
        String path = url.getRawPath();
        if (path == null || path.isEmpty()) {
            return url.resolve("/");
        }
        return path.endsWith("/") ? url : URI.create(url.toString() + "/");
    }
}
