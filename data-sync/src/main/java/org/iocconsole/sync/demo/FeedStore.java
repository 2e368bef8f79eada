package org.iocconsole.sync.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One feed's items in {@code (updated_at, key)} order. Items loaded in bulk are rendered to JSON the first time
 * they are served, then kept. A change gets an {@code updated_at} after everything already served, so a client
 * that resumes from its cursor never misses it. Thread-safe.
 */
final class FeedStore {

    /** A page: the items' JSON, the key of the last one (null when empty), and whether more follow. */
    record Page(List<byte[]> items, FeedKey last, boolean hasMore) {}

    private static final class Item {
        private Supplier<byte[]> render;
        private byte[] json;

        Item(Supplier<byte[]> render) {
            this.render = render;
        }

        byte[] json() {
            if (json == null) {
                json = render.get();
                render = null;
            }
            return json;
        }
    }

    private final NavigableMap<FeedKey, Item> items = new TreeMap<>();
    private final Map<String, FeedKey> positionOf = new HashMap<>();
    private FeedKey servedUpTo;

    /** Adds or replaces an item at exactly this position, rendered when first served; for loading. */
    synchronized void load(String key, Instant updatedAt, Supplier<byte[]> render) {
        FeedKey position = new FeedKey(updatedAt, key);
        FeedKey previous = positionOf.put(key, position);
        if (previous != null) {
            items.remove(previous);
        }
        items.put(position, new Item(render));
    }

    /**
     * Adds or replaces an item changed at {@code proposed} (truncated to the second, moved past anything served),
     * rendering its JSON for the final {@code updated_at}, which is returned.
     */
    synchronized Instant upsert(String key, Instant proposed, Function<Instant, byte[]> render) {
        Instant stamp = stampFor(key, proposed);
        byte[] json = render.apply(stamp);
        load(key, stamp, () -> json);
        return stamp;
    }

    /** The {@code updated_at} a change of {@code key} at {@code proposed} gets. */
    synchronized Instant stampFor(String key, Instant proposed) {
        Instant stamp = proposed.truncatedTo(ChronoUnit.SECONDS);
        if (servedUpTo != null && new FeedKey(stamp, key).compareTo(servedUpTo) <= 0) {
            stamp = servedUpTo.updatedAt().plusSeconds(1);
        }
        return stamp;
    }

    /** Up to {@code limit} items after {@code after} (from the start when null). */
    synchronized Page page(FeedKey after, int limit) {
        NavigableMap<FeedKey, Item> tail = after == null ? items : items.tailMap(after, false);
        List<byte[]> page = new ArrayList<>(Math.min(limit, tail.size()));
        FeedKey last = null;
        for (Map.Entry<FeedKey, Item> entry : tail.entrySet()) {
            if (page.size() == limit) {
                break;
            }
            page.add(entry.getValue().json());
            last = entry.getKey();
        }
        if (last != null && (servedUpTo == null || last.compareTo(servedUpTo) > 0)) {
            servedUpTo = last;
        }
        boolean hasMore = last != null && items.higherKey(last) != null;
        return new Page(page, last, hasMore);
    }

    synchronized int size() {
        return items.size();
    }
}
