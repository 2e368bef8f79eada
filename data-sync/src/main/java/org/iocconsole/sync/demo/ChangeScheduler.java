package org.iocconsole.sync.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The demo's future changes in virtual time, applied in {@code (time, key)} order when the clock passes them. Keys
 * name what changes ({@code report/TN-2026-000123}); scheduling a key again replaces its pending change, so a thing
 * has at most one. The order depends only on times and keys, never on when a client happened to ask.
 *
 * <p>Not thread-safe: the feed or desk that owns it guards it.
 */
final class ChangeScheduler {

    private record Entry(Instant at, String key, long generation, Consumer<Instant> change) {}

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            Comparator.comparing(Entry::at).thenComparing(Entry::key).thenComparingLong(Entry::generation));
    private final Map<String, Long> currentGeneration = new HashMap<>();
    private long generations;

    /** Runs {@code change} (given its own time) once virtual time reaches {@code at}. */
    void schedule(Instant at, String key, Consumer<Instant> change) {
        long generation = ++generations;
        currentGeneration.put(key, generation);
        queue.add(new Entry(at, key, generation, change));
    }

    /** Forgets the pending change of {@code key}. */
    void cancel(String key) {
        currentGeneration.remove(key);
    }

    /** Applies every change due by {@code now}, including those that due changes schedule on the way. */
    int runUntil(Instant now) {
        int applied = 0;
        while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
            Entry entry = queue.poll();
            Long live = currentGeneration.get(entry.key());
            if (live != null && live == entry.generation()) {
                currentGeneration.remove(entry.key());
                entry.change().accept(entry.at());
                applied++;
            }
        }
        return applied;
    }

    int pending() {
        return currentGeneration.size();
    }
}
