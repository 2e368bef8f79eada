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

    /**
     * Options of a leader's console in a window for the demo's default province, with nothing else switched on;
     * {@code language} and {@code theme} must be set before {@link Builder#build()}.
     */
    public static Builder builder(Path cacheDir, Path sourcesFile, Path logDir) {
        return new Builder(cacheDir, sourcesFile, logDir);
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder(cacheDir, sourcesFile, logDir)
                .language(language)
                .theme(theme)
                .demo(demo)
                .demoProvince(demoProvince)
                .syncOnce(syncOnce)
                .exitAfterFirstFrame(exitAfterFirstFrame)
                .role(role)
                .layout(layout)
                .settingsProblem(settingsProblem)
                .scenario(scenario)
                .loginRequired(loginRequired)
                .encryptCache(encryptCache);
    }

    /** Whether the console asks for a login before any local user exists. */
    public boolean asksForLogin() {
        return loginRequired || encryptCache;
    }

    /** The same options with the cache encrypted (or not). */
    public ConsoleOptions withEncryptedCache(boolean encrypted) {
        return toBuilder().encryptCache(encrypted).build();
    }

    /** Collects options by name; each setter stands for the record component of the same name. Not thread-safe. */
    public static final class Builder {
        private final Path cacheDir;
        private final Path sourcesFile;
        private final Path logDir;
        private Language language;
        private Theme theme;
        private boolean demo;
        private String demoProvince = DEFAULT_DEMO_PROVINCE;
        private boolean syncOnce;
        private boolean exitAfterFirstFrame;
        private Role role = Role.LEADER;
        private WindowLayout layout = WindowLayout.WINDOW;
        private String settingsProblem;
        private String scenario;
        private boolean loginRequired;
        private boolean encryptCache;

        private Builder(Path cacheDir, Path sourcesFile, Path logDir) {
            this.cacheDir = cacheDir;
            this.sourcesFile = sourcesFile;
            this.logDir = logDir;
        }

        public Builder language(Language language) {
            this.language = language;
            return this;
        }

        public Builder theme(Theme theme) {
            this.theme = theme;
            return this;
        }

        public Builder demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        public Builder demoProvince(String demoProvince) {
            this.demoProvince = demoProvince;
            return this;
        }

        public Builder syncOnce(boolean syncOnce) {
            this.syncOnce = syncOnce;
            return this;
        }

        public Builder exitAfterFirstFrame(boolean exitAfterFirstFrame) {
            this.exitAfterFirstFrame = exitAfterFirstFrame;
            return this;
        }

        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        public Builder layout(WindowLayout layout) {
            this.layout = layout;
            return this;
        }

        public Builder settingsProblem(String settingsProblem) {
            this.settingsProblem = settingsProblem;
            return this;
        }

        public Builder scenario(String scenario) {
            this.scenario = scenario;
            return this;
        }

        public Builder loginRequired(boolean loginRequired) {
            this.loginRequired = loginRequired;
            return this;
        }

        public Builder encryptCache(boolean encryptCache) {
            this.encryptCache = encryptCache;
            return this;
        }

        /** @throws NullPointerException naming the first required option left unset */
        public ConsoleOptions build() {
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
                    encryptCache);
        }
    }
}
