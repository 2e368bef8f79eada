package org.iocconsole.console.map;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Where the map's tiles come from besides the generated basemap: an MBTiles file and an online XYZ URL, either or
 * both absent. Kept in the user's preferences; the environment ({@code IOC_CONSOLE_MBTILES},
 * {@code IOC_CONSOLE_TILE_URL}) gives the first values. Immutable.
 */
public record TileSettings(Path mbtiles, String onlineUrl) {
    public static final TileSettings NONE = new TileSettings(null, null);

    /** Reads and writes the settings. */
    public interface Store {
        TileSettings load();

        void save(TileSettings settings);
    }

    /** A store in the user's preferences, seeded from the environment. */
    public static Store preferences() {
        Preferences node = Preferences.userRoot().node("org/iocconsole/console/map");
        return new Store() {
            @Override
            public TileSettings load() {
                String file = node.get("mbtiles", System.getenv("IOC_CONSOLE_MBTILES"));
                String url = node.get("onlineUrl", System.getenv("IOC_CONSOLE_TILE_URL"));
                return new TileSettings(
                        file == null || file.isBlank() ? null : Path.of(file),
                        url == null || url.isBlank() ? null : url);
            }

            @Override
            public void save(TileSettings settings) {
                node.put(
                        "mbtiles",
                        settings.mbtiles() == null ? "" : settings.mbtiles().toString());
                node.put("onlineUrl", settings.onlineUrl() == null ? "" : settings.onlineUrl());
            }
        };
    }

    /** A store in memory, for tests and the demo. */
    public static Store memory(TileSettings first) {
        return new Store() {
            private TileSettings current = first;

            @Override
            public synchronized TileSettings load() {
                return current;
            }

            @Override
            public synchronized void save(TileSettings settings) {
                current = settings;
            }
        };
    }
}
