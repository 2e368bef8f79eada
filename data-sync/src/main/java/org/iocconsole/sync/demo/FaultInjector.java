package org.iocconsole.sync.demo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults queued for the next matching requests, for tests of clients (sync engine, outbox, camera player).
 *
 * <p>Each {@link #next(String, Fault)} queues one fault for one request whose path (without the query) starts with
 * the given prefix, such as {@code /api/v1/cameras} or {@code /open311/v2/requests.json}. A request takes the
 * oldest queued fault that matches it, so faults on one path are consumed in the order they were queued:
 *
 * <pre>{@code
 * demo.faults()
 *         .next("/api/v1/cameras", Fault.unavailable(Duration.ofSeconds(2)))
 *         .next("/api/v1/cameras", Fault.truncateAfter(100))
 *         .next("/api/v1/cameras", Fault.stall(Duration.ofSeconds(5)));
 * // 1st request: 503 with Retry-After: 2; 2nd: the real headers and 100 bytes of JSON, then the
 * // connection closes; 3rd: answered normally after 5 s; 4th: normal.
 * }</pre>
 *
 * <p>Faults apply before authentication and routing, so they hit every endpoint alike (streams included).
 *
 * <p>Thread-safe.
 */
public final class FaultInjector {

    private record Pending(String pathPrefix, Fault fault) {}

    private final List<Pending> pending = new ArrayList<>();

    FaultInjector() {}

    /** Queues {@code fault} for the next request whose path starts with {@code pathPrefix} (which starts with /). */
    public synchronized FaultInjector next(String pathPrefix, Fault fault) {
        Objects.requireNonNull(fault, "fault");
        if (pathPrefix == null || !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("a path prefix starts with '/', was " + pathPrefix);
        }
        pending.add(new Pending(pathPrefix, fault));
        return this;
    }

    /** Drops every queued fault. */
    public synchronized void clear() {
        pending.clear();
    }

    /** How many faults are still queued. */
    public synchronized int pendingCount() {
        return pending.size();
    }

    /** Removes and returns the oldest fault queued for {@code path}, if any. */
    synchronized Optional<Fault> take(String path) {
        Iterator<Pending> it = pending.iterator();
        while (it.hasNext()) {
            Pending candidate = it.next();
            if (path.startsWith(candidate.pathPrefix())) {
                it.remove();
                return Optional.of(candidate.fault());
            }
        }
        return Optional.empty();
    }
}
