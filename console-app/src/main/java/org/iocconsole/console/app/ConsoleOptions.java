package org.iocconsole.console.app;

import java.nio.file.Path;
import java.util.Objects;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.sync.access.Role;

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
 * @param role who uses this console; it chose the defaults of theme, layout and demo
 * @param layout how the window takes the screen
 * @param settingsProblem why the settings file could not be used (file, line and field), or null when it could; the
 *     window then shows this instead of opening the data side
 * @param scenario the drill the demo province plays ({@code --scenario}): a built-in scenario's id or a scenario
 *     file; null for none
 * @param loginRequired ask for a login even before any local user exists (the first start creates the administrator)
 * @param encryptCache keep the cache encrypted at rest, keyed by the user's password (always with a login)
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
        boolean exitAfterFirstFrame,
        Role role,
        WindowLayout layout,
        String settingsProblem,
        String scenario,
        boolean loginRequired,
        boolean encryptCache) {

    /** The demo's province when none is named: Thái Nguyên. */
    public static final String DEFAULT_DEMO_PROVINCE = "19";

    public ConsoleOptions {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(sourcesFile, "sourcesFile");
        Objects.requireNonNull(logDir, "logDir");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(demoProvince, "demoProvince");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(layout, "layout");
    }

    /** Options without a scenario, a required login or an encrypted cache. */
    public ConsoleOptions(
            Path cacheDir,
            Path sourcesFile,
            Path logDir,
            Language language,
            Theme theme,
            boolean demo,
            String demoProvince,
            boolean syncOnce,
            boolean exitAfterFirstFrame,
            Role role,
            WindowLayout layout,
            String settingsProblem) {
        this(
                cacheDir,
                sourcesFile,
                logDir,
                language,
                theme,
                demo,
                demoProvince,
                syncOnce,
                exitAfterFirstFrame,
                role,
                layout,
                settingsProblem,
                null,
                false,
                false);
    }

    /** Whether the console asks for a login before any local user exists. */
    public boolean asksForLogin() {
        return loginRequired || encryptCache;
    }

    /** The same options with the cache encrypted (or not). */
    public ConsoleOptions withEncryptedCache(boolean encrypted) {
        return new ConsoleOptions(
                cacheDir,
                sourcesFile,
                logDir,
                language,
                theme,
                demo,
                demoProvince,
                syncOnce,
                exitAfterFirstFrame,
                role,
                layout,
                settingsProblem,
                scenario,
                loginRequired,
                encrypted);
    }

    /** Options of a leader's console in a window, with no settings problem. */
    public ConsoleOptions(
            Path cacheDir,
            Path sourcesFile,
            Path logDir,
            Language language,
            Theme theme,
            boolean demo,
            String demoProvince,
            boolean syncOnce,
            boolean exitAfterFirstFrame) {
        this(
                cacheDir,
                sourcesFile,
                logDir,
                language,
                theme,
                demo,
                demoProvince,
                syncOnce,
                exitAfterFirstFrame,
                Role.LEADER,
                WindowLayout.WINDOW,
                null);
    }
}
