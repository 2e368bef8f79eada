package org.iocconsole.console.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.sync.config.AppPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line of docs/configuration.md. Parses the flags, fills the gaps from the environment and the platform
 * defaults, and hands the resulting {@link ConsoleOptions} to an action. Bad flags give a one-line message, a hint
 * and exit code 2.
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
            paramLabel = "dark|light",
            description = "first theme: dark for walls, light (default) for laptops")
    private Theme theme;

    @Option(names = "--demo", description = "use the demo province even when a sources file exists")
    private boolean demo;

    @Option(
            names = "--demo-province",
            paramLabel = "CODE",
            description = "the demo's province: 19 Thái Nguyên (default), 20 Lạng Sơn, 48 Đà Nẵng, 68 Lâm Đồng")
    private String demoProvince;

    @Option(
            names = "--sync-once",
            description = "no window: sync every source once and exit (0 ok, 1 failed, 2 config)")
    private boolean syncOnce;

    @Option(names = "--exit-after-first-frame", hidden = true)
    private boolean exitAfterFirstFrame;

    @Spec
    private CommandSpec spec;

    private final Function<AppPaths.Flags, AppPaths> paths;
    private final Locale systemLocale;
    private final Action action;

    /** @param paths resolves the flags against the environment and the platform's defaults */
    ConsoleCommand(Function<AppPaths.Flags, AppPaths> paths, Locale systemLocale, Action action) {
        this.paths = paths;
        this.systemLocale = systemLocale;
        this.action = action;
    }

    /** A command line ready to execute, with the console's error handling. */
    static CommandLine commandLine(Function<AppPaths.Flags, AppPaths> paths, Locale systemLocale, Action action) {
        CommandLine commandLine = new CommandLine(new ConsoleCommand(paths, systemLocale, action));
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
        AppPaths resolved = paths.apply(new AppPaths.Flags(text(cacheDir), text(sourcesFile), text(logDir)));
        ConsoleOptions options = new ConsoleOptions(
                resolved.cacheDir(),
                resolved.sourcesFile(),
                resolved.logDir(),
                language != null ? language : Language.forSystemLocale(systemLocale),
                theme != null ? theme : Theme.LIGHT,
                demo,
                demoProvince != null ? demoProvince : ConsoleOptions.DEFAULT_DEMO_PROVINCE,
                syncOnce,
                exitAfterFirstFrame);
        return action.run(
                options, spec.commandLine().getOut(), spec.commandLine().getErr());
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
