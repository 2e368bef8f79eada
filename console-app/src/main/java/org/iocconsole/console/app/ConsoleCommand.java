package org.iocconsole.console.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.console.workspace.RoleDefaults;
import org.iocconsole.console.workspace.WindowLayout;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.config.AppPaths;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConsoleSettings;
import org.iocconsole.sync.config.ConsoleSettingsLoader;
import org.iocconsole.sync.config.OperatingSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line of docs/configuration.md. Parses the flags, fills the gaps from the environment, the settings file
 * ({@code console.yaml}) and the platform defaults, and hands the resulting {@link ConsoleOptions} to an action. Bad
 * flags give a one-line message, a hint and exit code 2; so does a wrong settings file with {@code --sync-once},
 * while a window starts with the defaults and shows the problem.
 */
@Command(
        name = "ioc-console",
        mixinStandardHelpOptions = true,
        versionProvider = ConsoleCommand.Version.class,
        description = "Command console for a provincial Intelligent Operations Center.",
        sortOptions = false)
final class ConsoleCommand implements Callable<Integer> {
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");

    /** What to do with the options; returns the exit code. */
    @FunctionalInterface
    interface Action {
        int run(ConsoleOptions options, PrintWriter out, PrintWriter err);
    }

    /** The system the console runs on: its family, the user's home folder and the environment. */
    record Host(OperatingSystem os, Path home, Map<String, String> env) {
        static Host current() {
            return new Host(OperatingSystem.current(), Path.of(System.getProperty("user.home")), System.getenv());
        }
    }

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "settings file (or IOC_CONSOLE_CONFIG); default: the user's, else the system's console.yaml")
    private Path configFile;

    @Option(names = "--cache", paramLabel = "DIR", description = "cache directory (or IOC_CONSOLE_CACHE)")
    private Path cacheDir;

    @Option(names = "--sources", paramLabel = "FILE", description = "sources file (or IOC_CONSOLE_SOURCES)")
    private Path sourcesFile;

    @Option(names = "--log-dir", paramLabel = "DIR", description = "log directory (or IOC_CONSOLE_LOG_DIR)")
    private Path logDir;

    @Option(names = "--lang", paramLabel = "vi|en", description = "first language; Vietnamese when the system's is")
    private Language language;

    @Option(
            names = "--theme",
            paramLabel = "dark|light|contrast",
            description = "first theme: dark for walls, light (default) for laptops")
    private Theme theme;

    @Option(
            names = "--role",
            paramLabel = "operator|leader|trainer|admin",
            description = "who uses this console; chooses the default theme, layout and demo")
    private Role role;

    @Option(
            names = "--layout",
            paramLabel = "window|fullscreen|wall|compact|trainer",
            description = "one window, full screen, a wall of monitors, a compact window with tabs, or a trainer's")
    private WindowLayout layout;

    @Option(names = "--demo", description = "use the demo province even when a sources file exists")
    private boolean demo;

    @Option(
            names = "--demo-province",
            paramLabel = "CODE",
            description = "the demo's province: 19 Thái Nguyên (default), 20 Lạng Sơn, 48 Đà Nẵng, 68 Lâm Đồng")
    private String demoProvince;

    @Option(
            names = "--scenario",
            paramLabel = "NAME|FILE",
            description = "play a drill on the demo province: a built-in scenario (such as lu-song-cau) or a file")
    private String scenario;

    @Option(
            names = "--sync-once",
            description = "no window: sync every source once and exit (0 ok, 1 failed, 2 config)")
    private boolean syncOnce;

    @Option(names = "--exit-after-first-frame", hidden = true)
    private boolean exitAfterFirstFrame;

    @Spec
    private CommandSpec spec;

    private final Host host;
    private final Locale systemLocale;
    private final Action action;

    /** @param host where the settings file, the environment and the platform's defaults come from */
    ConsoleCommand(Host host, Locale systemLocale, Action action) {
        this.host = host;
        this.systemLocale = systemLocale;
        this.action = action;
    }

    /** A command line ready to execute, with the console's error handling. */
    static CommandLine commandLine(Host host, Locale systemLocale, Action action) {
        CommandLine commandLine = new CommandLine(new ConsoleCommand(host, systemLocale, action));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("ioc-console: " + e.getMessage());
            err.println("Try 'ioc-console --help' for the flags.");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        if (demoProvince != null && !PROVINCE_CODE.matcher(demoProvince).matches()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--demo-province: \"" + demoProvince + "\" is not a province code (two digits, such as 19)");
        }
        PrintWriter err = spec.commandLine().getErr();
        ConsoleSettings settings = ConsoleSettings.none();
        String settingsProblem = null;
        try {
            settings = ConsoleSettingsLoader.find(host.os(), host.home(), host.env(), text(configFile));
        } catch (ConfigException e) {
            settingsProblem = e.getMessage();
            for (String line : settingsProblem.split("\n")) {
                err.println("ioc-console: " + line);
            }
            err.flush();
            if (syncOnce) {
                return CommandLine.ExitCode.USAGE;
            }
        }
        AppPaths resolved = AppPaths.resolve(
                host.os(),
                host.home(),
                host.env(),
                new AppPaths.Flags(text(cacheDir), text(sourcesFile), text(logDir)),
                settings.paths());
        Role chosenRole = pick(role, settings.role(), Role::valueOf, Role.LEADER);
        String chosenScenario =
                scenario != null ? scenario : settings.scenario().orElse(null);
        ConsoleOptions options = ConsoleOptions.builder(resolved.cacheDir(), resolved.sourcesFile(), resolved.logDir())
                .language(
                        pick(language, settings.language(), Language::valueOf, Language.forSystemLocale(systemLocale)))
                .theme(pick(theme, settings.theme(), Theme::valueOf, RoleDefaults.theme(chosenRole)))
                .demo(demo || RoleDefaults.demo(chosenRole) || chosenScenario != null)
                .demoProvince(demoProvince != null ? demoProvince : ConsoleOptions.DEFAULT_DEMO_PROVINCE)
                .syncOnce(syncOnce)
                .exitAfterFirstFrame(exitAfterFirstFrame)
                .role(chosenRole)
                .layout(pick(layout, settings.layout(), WindowLayout::valueOf, RoleDefaults.layout(chosenRole)))
                .settingsProblem(settingsProblem)
                .scenario(chosenScenario)
                .loginRequired(settings.login())
                .encryptCache(settings.encryptCache())
                .build();
        return action.run(options, spec.commandLine().getOut(), err);
    }

    /** The flag if given, else the settings file's value (checked by its loader), else the fallback. */
    private static <E extends Enum<E>> E pick(
            E flag, Optional<String> fromFile, Function<String, E> parse, E fallback) {
        if (flag != null) {
            return flag;
        }
        return fromFile.map(value -> parse.apply(value.toUpperCase(Locale.ROOT)))
                .orElse(fallback);
    }

    private static String text(Path path) {
        return path == null ? null : path.toString();
    }

    /** The version from the jar's manifest, or {@code dev} when run from classes. */
    static String version() {
        String version = ConsoleCommand.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** The version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ioc-console " + version()};
        }
    }
}
