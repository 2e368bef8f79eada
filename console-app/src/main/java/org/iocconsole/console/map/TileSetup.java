package org.iocconsole.console.map;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.iocconsole.maps.geo.AreaIndex;
import org.iocconsole.maps.tiles.GeneratedBasemap;
import org.iocconsole.maps.tiles.MapTiles;
import org.iocconsole.maps.tiles.MbTilesSource;
import org.iocconsole.maps.tiles.OnlineTileSource;
import org.iocconsole.maps.tiles.TileSource;
import org.iocconsole.maps.tiles.TileSourceException;

/**
 * Puts the map's tile sources together in the order they are asked: the MBTiles file, the online server, then the
 * basemap generated from the boundaries, which always answers, so the map is never blank. A source that cannot be
 * opened is left out and its problem reported; problems while tiles load are reported too (once per source and kind,
 * on the FX thread). Opening runs on the caller's thread: call off the FX thread.
 */
public final class TileSetup {
    /** Names the console to tile servers, as their usage policies ask. */
    static final String USER_AGENT = "IOC-Console/0.1 (open IOC console for Vietnamese provinces)";

    private final Path cacheDir;
    private final Clock clock;
    private final List<String> reported = new ArrayList<>();

    /** @param cacheDir where online tiles are kept */
    public TileSetup(Path cacheDir, Clock clock) {
        this.cacheDir = cacheDir;
        this.clock = clock;
    }

    /**
     * The configured online tile server over the map's own disk cache, for "prepare for travel"; empty when the map's
     * tiles come only from MBTiles or the generated basemap, which need nothing fetched.
     */
    public Optional<TileSource> online(TileSettings settings) {
        if (settings.onlineUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new OnlineTileSource(
                settings.onlineUrl(), cacheDir, USER_AGENT, "", OnlineTileSource.defaultClient(), clock));
    }

    /** Reports tile problems to {@code problems} on {@code fx}; each source and kind once. */
    void reportProblems(Executor fx, Consumer<MapTiles.TileProblem> problems) {
        MapTiles.get().addProblemListener(problem -> {
            String key = problem.source() + "/" + problem.problem();
            synchronized (reported) {
                if (reported.contains(key)) {
                    return;
                }
                reported.add(key);
            }
            fx.execute(() -> problems.accept(problem));
        });
    }

    /**
     * Opens the configured sources and makes them the map's.
     *
     * @return the problems of sources that could not be opened
     */
    List<MapTiles.TileProblem> apply(TileSettings settings, AreaIndex provinces, AreaIndex communes, String credit) {
        List<TileSource> sources = new ArrayList<>();
        List<MapTiles.TileProblem> problems = new ArrayList<>();
        if (settings.mbtiles() != null) {
            try {
                sources.add(MbTilesSource.open(settings.mbtiles()));
            } catch (TileSourceException e) {
                problems.add(new MapTiles.TileProblem(
                        settings.mbtiles().getFileName().toString(), e.problem(), e.getMessage()));
            }
        }
        if (settings.onlineUrl() != null) {
            try {
                sources.add(new OnlineTileSource(
                        settings.onlineUrl(), cacheDir, USER_AGENT, "", OnlineTileSource.defaultClient(), clock));
            } catch (IllegalArgumentException e) {
                problems.add(new MapTiles.TileProblem(
                        settings.onlineUrl(), TileSourceException.Problem.NOT_FOUND, e.getMessage()));
            }
        }
        sources.add(new GeneratedBasemap(provinces, communes, credit));
        MapTiles.get().setSources(sources);
        return problems;
    }
}
