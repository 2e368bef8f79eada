package org.iocconsole.console.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.agent.TerminalProgress;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheException;
import org.iocconsole.sync.config.ConfigException;
import org.slf4j.LoggerFactory;

/**
 * Starts the console: parses the command line, configures logging, then either opens the window or runs
 * {@code --sync-once}. A plain class, not an {@code Application}, so that the console starts from the class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        WindowThread window = new WindowThread();
        if (WindowThread.wanted(args)) {
            window.start();
        }
        int exitCode = ConsoleCommand.commandLine(
                        ConsoleCommand.Host.current(),
                        Locale.getDefault(),
                        (options, out, err) -> start(options, out, err, window))
                .execute(args);
        // Explicit, so that a library's stray non-daemon thread cannot keep a closed console alive.
        System.exit(exitCode);
    }

    private static int start(ConsoleOptions options, PrintWriter out, PrintWriter err, WindowThread window) {
        LoggingSetup.configure(options.logDir(), err, () -> "IOC Console starting with " + options);
        if (options.syncOnce()) {
            return syncOnce(options, out, err);
        }
        boolean refused = options.settingsProblem() != null;
        // A wrong settings file: the window says what is wrong, where a user started from a menu sees it.
        ConsoleApplication.prepare(options, refused ? Launcher::refuseToOpen : Launcher::openServices);
        // This thread only waits from now on: it reads the texts while the toolkit starts.
        I18n.preload(options.language());
        Throwable failure = window.awaitEnd();
        if (failure == null) {
            return refused ? 2 : 0;
        }
        // JavaFX throws when the toolkit cannot start, most often for want of a display: say so in one line.
        LoggerFactory.getLogger(Launcher.class).error("The window could not open", failure);
        err.println("ioc-console: " + WindowFailure.describe(failure));
        err.flush();
        return 1;
    }

    /**
     * {@code --sync-once}: syncs every source once without a window, printing progress on {@code out}. Returns 0 when
     * every source succeeded, 1 when any failed (the lines name it), 2 for a configuration or cache error.
     */
    static int syncOnce(ConsoleOptions options, PrintWriter out, PrintWriter err) {
        TerminalProgress terminal = new TerminalProgress(out, Clock.systemUTC());
        try (DataSide data = DataSideOpener.open(options, fraction -> {}, terminal, event -> {})) {
            out.println(data.demo() ? "Syncing the demo province once." : "Syncing every source once.");
            return terminal.summarize(data.agent().syncOnce());
        } catch (ConfigException | CacheException e) {
            err.println("ioc-console: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private static ConsoleServices refuseToOpen(
            ConsoleOptions options, OpeningProgress progress, SyncEventRelay events, CacheDatabase cache) {
        throw new IllegalStateException(options.settingsProblem());
    }

    /** Opens the data side for the window, on a background thread after the first frame. */
    static ConsoleServices openServices(
            ConsoleOptions options, OpeningProgress progress, SyncEventRelay events, CacheDatabase cache)
            throws ConfigException {
        DataSide data = DataSideOpener.open(options, progress, events, events, cache);
        data.agent().start();
        return data;
    }
}
