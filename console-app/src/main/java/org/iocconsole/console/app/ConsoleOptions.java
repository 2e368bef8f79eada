package org.iocconsole.console.app;

import java.nio.file.Path;
import java.util.Objects;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;

/**
 * The console's start-up options, resolved from the command line, the environment and the platform defaults (see
 * docs/configuration.md). Immutable.
 *
 * @param cacheDir where the H2 cache lives
 * @param sourcesFile the sources file; when it does not exist the console runs the demo province
 * @param logDir where the log files go
 * @param language the first language; it can be switched in the console
 * @param theme the first theme; it can be switched in the console
 * @param demo use the demo province even when a sources file exists
 * @param demoProvince the demo's province code
 * @param syncOnce no window: sync every source once and exit
 * @param exitAfterFirstFrame exit with status 0 right after the first frame (for the start-up benchmark)
 */
public record ConsoleOptions(
        Path cacheDir,
        Path sourcesFile,
        Path logDir,
        Language language,
        Theme theme,
        boolean demo,
        String demoProvince,
        boolean syncOnce,
        boolean exitAfterFirstFrame) {

    /** The demo's province when none is named: Thái Nguyên. */
    public static final String DEFAULT_DEMO_PROVINCE = "19";

    public ConsoleOptions {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(sourcesFile, "sourcesFile");
        Objects.requireNonNull(logDir, "logDir");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(demoProvince, "demoProvince");
    }
}
