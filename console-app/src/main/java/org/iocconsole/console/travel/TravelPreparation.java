package org.iocconsole.console.travel;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iocconsole.maps.geo.WebMercator;
import org.iocconsole.maps.tiles.TileSource;
import org.iocconsole.maps.tiles.TileSourceException;
import org.iocconsole.sync.cache.TravelQueries;
import org.iocconsole.sync.connector.MediaStore;
import org.iocconsole.sync.engine.SyncEngine;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Prepare for travel": a full sync of every source, then the photos of open and recent reports into the media
 * store, then the map tiles of the province from the configured tile server into the tile cache, so that a leader's
 * laptop shows everything offline. Public OpenStreetMap servers are never fetched in bulk (their usage policy forbids it); with an
 * MBTiles file or the generated basemap there is nothing to fetch. Cancel stops between items and cancels the sync's
 * requests in flight; what was fetched stays. Blocking: {@link #run} runs off the FX thread; {@link #cancel} from any
 * thread.
 */
public final class TravelPreparation {
    private static final Logger LOG = LoggerFactory.getLogger(TravelPreparation.class);
    /** The zoom levels taken along: the province at a glance down to streets. */
    static final int MIN_ZOOM = 8;

    static final int MAX_ZOOM = 14;
    /** At most this many tiles; the deepest levels are left out first. */
    static final long MAX_TILES = 4_000;
    /** Photos of closed reports older than this stay behind. */
    static final Duration PHOTO_WINDOW = Duration.ofDays(30);

    private static final double MARGIN_DEGREES = 0.05;
    private static final List<String> BULK_FORBIDDEN = List.of("openstreetmap.org", "openstreetmap.fr");

    /**
     * How much is taken along.
     *
     * @param photoWindow photos of closed reports older than this stay behind
     * @param maxTiles at most this many tiles; the deepest levels are left out first
     */
    public record Limits(Duration photoWindow, long maxTiles) {
        /** A month of photos and {@value #MAX_TILES} tiles. */
        public static final Limits DEFAULT = new Limits(PHOTO_WINDOW, MAX_TILES);
    }

    /** The steps, in order. */
    public enum Step {
        SOURCES,
        PHOTOS,
        TILES
    }

    /** Told how far a step has come; from the preparing thread. */
    @FunctionalInterface
    public interface Progress {
        void report(Step step, long done, long total);
    }

    /**
     * What was done.
     *
     * @param tilesSkipped why no tiles were fetched ({@code none}: no online server; {@code public}: a public server),
     *     or null
     */
    public record Summary(
            int sourcesFailed,
            int photos,
            int photosFailed,
            long tiles,
            long tilesFailed,
            String tilesSkipped,
            boolean cancelled) {}

    private final SyncEngine engine;
    private final MediaStore media;
    private final TravelQueries queries;
    private final Optional<TileSource> tiles;
    private final String tileUrl;
    private final Clock clock;
    private final Limits limits;
    private volatile boolean cancelled;

    /**
     * @param tiles the configured online tile server over the map's tile cache, or empty
     * @param tileUrl its address template, to refuse public servers; null without one
     * @param clock the data side's clock (the demo's in a demo): photos of the last {@link #PHOTO_WINDOW} are kept
     */
    public TravelPreparation(
            SyncEngine engine,
            MediaStore media,
            TravelQueries queries,
            Optional<TileSource> tiles,
            String tileUrl,
            Clock clock,
            Limits limits) {
        this.clock = clock;
        this.limits = limits;
        this.engine = engine;
        this.media = media;
        this.queries = queries;
        this.tiles = tiles;
        this.tileUrl = tileUrl;
    }

    /** Stops at the next item; the sync's requests in flight are cancelled. */
    public void cancel() {
        cancelled = true;
        engine.sources().forEach(source -> engine.cancel(source.sourceId()));
    }

    public Summary run(Progress progress) {
        int sources = engine.sources().size();
        progress.report(Step.SOURCES, 0, sources);
        List<SyncProgress> runs = engine.runOnce();
        int sourcesFailed = (int)
                runs.stream().filter(run -> run.phase() != SyncPhase.SUCCEEDED).count();
        progress.report(Step.SOURCES, sources, sources);

        List<String> urls =
                cancelled ? List.of() : queries.mediaUrls(clock.instant().minus(limits.photoWindow()));
        int photos = 0;
        int photosFailed = 0;
        for (String url : urls) {
            if (cancelled) {
                break;
            }
            try {
                media.fetch(url);
                photos++;
            } catch (IOException e) {
                photosFailed++;
                LOG.debug("Photo {} not taken along: {}", url, e.getMessage());
            }
            progress.report(Step.PHOTOS, photos + photosFailed, urls.size());
        }

        long fetched = 0;
        long failed = 0;
        String skipped = null;
        if (tiles.isEmpty()) {
            skipped = "none";
        } else if (isPublic(tileUrl)) {
            skipped = "public";
        } else if (!cancelled) {
            List<long[]> plan = plan(queries.extent(), limits.maxTiles());
            for (long[] tile : plan) {
                if (cancelled) {
                    break;
                }
                try {
                    if (tiles.get().tile((int) tile[0], tile[1], tile[2]).isPresent()) {
                        fetched++;
                    } else {
                        failed++;
                    }
                } catch (TileSourceException e) {
                    failed++;
                }
                progress.report(Step.TILES, fetched + failed, plan.size());
            }
        }
        return new Summary(sourcesFailed, photos, photosFailed, fetched, failed, skipped, cancelled);
    }

    /** The tiles (zoom, x, y) over the extent with a margin, from the lowest zoom, at most {@code maxTiles}. */
    static List<long[]> plan(Optional<TravelQueries.Extent> extent, long maxTiles) {
        List<long[]> plan = new ArrayList<>();
        if (extent.isEmpty()) {
            return plan;
        }
        TravelQueries.Extent e = extent.get();
        for (int zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom++) {
            long n = 1L << zoom;
            long x0 = tile(WebMercator.x(e.west() - MARGIN_DEGREES), n);
            long x1 = tile(WebMercator.x(e.east() + MARGIN_DEGREES), n);
            long y0 = tile(WebMercator.y(e.north() + MARGIN_DEGREES), n);
            long y1 = tile(WebMercator.y(e.south() - MARGIN_DEGREES), n);
            long count = (x1 - x0 + 1) * (y1 - y0 + 1);
            if (plan.size() + count > maxTiles) {
                break;
            }
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    plan.add(new long[] {zoom, x, y});
                }
            }
        }
        return plan;
    }

    private static long tile(double unit, long n) {
        return Math.max(0, Math.min(n - 1, (long) Math.floor(unit * n)));
    }

    private static boolean isPublic(String template) {
        if (template == null) {
            return false;
        }
        String host;
        try {
            host = URI.create(template.replace("{", "").replace("}", "")).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return BULK_FORBIDDEN.stream().anyMatch(domain -> lower.equals(domain) || lower.endsWith("." + domain));
    }
}
