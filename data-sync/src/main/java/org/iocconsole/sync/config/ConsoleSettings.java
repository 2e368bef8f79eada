package org.iocconsole.sync.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a console settings file ({@code console.yaml}, see docs/configuration.md) says; every field is optional and
 * absent when the file does not set it. Paths are already resolved against the file's folder. Values of {@code role},
 * {@code layout}, {@code lang} and {@code theme} are checked against {@link ConsoleSettingsLoader}'s lists and kept
 * in lower case. Immutable.
 *
 * @param file the file these settings came from, or null for no file
 * @param scenario the drill to start with: a built-in scenario's id, or a scenario file (resolved against the
 *     settings file's folder when it ends in {@code .yaml} or {@code .yml})
 * @param login whether the console asks for a login even before any local user exists (the first start then creates
 *     the administrator)
 * @param encryptCache whether the cache is encrypted at rest with a key derived from the user's password (implies a
 *     login)
 */
public record ConsoleSettings(
        Path file,
        Optional<Path> sourcesFile,
        Optional<Path> cacheDir,
        Optional<Path> logDir,
        Optional<String> role,
        Optional<String> layout,
        Optional<String> language,
        Optional<String> theme,
        Optional<String> scenario,
        boolean login,
        boolean encryptCache) {

    /** No settings file: every value comes from the flags, the environment or the defaults. */
    public static ConsoleSettings none() {
        return empty(null);
    }

    /** A settings file that sets nothing (empty, or only comments). */
    public static ConsoleSettings empty(Path file) {
        return new ConsoleSettings(
                file,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                false);
    }

    /** The paths of this file, as the middle layer of {@link AppPaths#resolve}. */
    public AppPaths.Flags paths() {
        return new AppPaths.Flags(text(cacheDir), text(sourcesFile), text(logDir));
    }

    private static String text(Optional<Path> path) {
        return path.map(Path::toString).orElse(null);
    }
}
