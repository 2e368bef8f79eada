package org.iocconsole.sync.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How to start a {@link DemoProvince}: seed, province, clock, port and an optional bearer token. Immutable; the
 * {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * DemoOptions options = DemoOptions.defaults()
 *         .withSeed(42)
 *         .withProvince("19")
 *         .withClock(VirtualClock.manual(Instant.parse("2026-11-22T01:30:00Z")));
 * }</pre>
 */
public final class DemoOptions {
    /** The demo's data start with the provinces of 1 July 2025; the anchor must come after that day. */
    public static final Instant EARLIEST_ANCHOR = Instant.parse("2025-07-02T00:00:00Z");

    private final long seed;
    private final String province;
    private final VirtualClock clock;
    private final int port;
    private final String token;
    private final int maxStreams;

    private DemoOptions(long seed, String province, VirtualClock clock, int port, String token, int maxStreams) {
        this.seed = seed;
        this.province = province;
        this.clock = clock;
        this.port = port;
        this.token = token;
        this.maxStreams = maxStreams;
    }

    /**
     * Seed 42, province 19 (Thái Nguyên), a clock running at real speed from the moment {@link DemoProvince#start}
     * is called, a free port, no token, at most 32 streams at once.
     */
    public static DemoOptions defaults() {
        return new DemoOptions(42, "19", null, 0, null, 32);
    }

    public DemoOptions withSeed(long newSeed) {
        return new DemoOptions(newSeed, province, clock, port, token, maxStreams);
    }

    /** {@code 19} Thái Nguyên, {@code 20} Lạng Sơn, {@code 48} Đà Nẵng or {@code 68} Lâm Đồng. */
    public DemoOptions withProvince(String code) {
        if (!ProvinceGeography.COMMUNE_FILES.containsKey(code)) {
            throw new IllegalArgumentException("no demo data for province " + code + " (use 19, 20, 48 or 68)");
        }
        return new DemoOptions(seed, code, clock, port, token, maxStreams);
    }

    /** The clock whose anchor the history is generated against and which then drives live changes. */
    public DemoOptions withClock(VirtualClock newClock) {
        Objects.requireNonNull(newClock, "clock");
        if (newClock.anchor().isBefore(EARLIEST_ANCHOR)) {
            throw new IllegalArgumentException("the anchor must be on or after " + EARLIEST_ANCHOR);
        }
        return new DemoOptions(seed, province, newClock, port, token, maxStreams);
    }

    /** A fixed port on 127.0.0.1; 0 (the default) picks a free one. */
    public DemoOptions withPort(int newPort) {
        if (newPort < 0 || newPort > 65_535) {
            throw new IllegalArgumentException("port out of range: " + newPort);
        }
        return new DemoOptions(seed, province, clock, newPort, token, maxStreams);
    }

    /** Requires {@code Authorization: Bearer <token>} on every request except health; null for none. */
    public DemoOptions withToken(String newToken) {
        return new DemoOptions(seed, province, clock, port, newToken, maxStreams);
    }

    /** How many camera streams may run at once; more are refused with 503. */
    public DemoOptions withMaxStreams(int newMaxStreams) {
        if (newMaxStreams < 1 || newMaxStreams > 1024) {
            throw new IllegalArgumentException("maxStreams must be 1..1024, was " + newMaxStreams);
        }
        return new DemoOptions(seed, province, clock, port, token, newMaxStreams);
    }

    public long seed() {
        return seed;
    }

    public String province() {
        return province;
    }

    /** The configured clock, or null for "real speed from the start". */
    public VirtualClock clock() {
        return clock;
    }

    public int port() {
        return port;
    }

    public String token() {
        return token;
    }

    public int maxStreams() {
        return maxStreams;
    }

    /** The configured clock, or a new one running at real speed from now (whole seconds). */
    VirtualClock clockOrNow() {
        return clock != null ? clock : VirtualClock.running(Instant.now().truncatedTo(ChronoUnit.SECONDS), 1);
    }
}
