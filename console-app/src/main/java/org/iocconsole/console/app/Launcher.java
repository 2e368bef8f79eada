package org.iocconsole.console.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Starts the console: parses the command line, configures logging, then either opens the window or runs
 * {@code --sync-once}. A plain class, not an {@code Application}, so that the console starts from the class path.
 *
 * <p>The two methods under "Seams for the data side" are where the sync engine, the cache and the demo province are
 * plugged in.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        int exitCode = ConsoleCommand.commandLine(ConsolePaths.ofThisMachine(), Locale.getDefault(), Launcher::start)
                .execute(args);
        // Explicit, so that a library's stray non-daemon thread cannot keep a closed console alive.
        System.exit(exitCode);
    }

    private static int start(ConsoleOptions options, PrintWriter out, PrintWriter err) {
        LoggingSetup.configure(options.logDir(), err);
        LoggerFactory.getLogger(Launcher.class).info("IOC Console starting with {}", options);
        if (options.syncOnce()) {
            return syncOnce(options, out, err);
        }
        ConsoleApplication.launch(options, Launcher::openServices);
        return 0;
    }

    // Seams for the data side.

    /**
     * {@code --sync-once}: syncs every source once without a window, printing progress on {@code out}. Returns 0 when
     * every source succeeded, 1 when any failed (the message names it), 2 for a configuration error.
     */
    static int syncOnce(ConsoleOptions options, PrintWriter out, PrintWriter err) {
        err.println("ioc-console: --sync-once needs the sync engine, which this build does not include yet.");
        err.flush();
        return 2;
    }

    /**
     * Opens the data side for the window: the cache, the sync engine (reporting to {@code events}) and, when the
     * session is a demo, the demo province. Runs on a background thread after the first frame.
     */
    static ConsoleServices openServices(ConsoleOptions options, OpeningProgress progress, SyncEventRelay events) {
        throw new IllegalStateException("This build does not include the data side (cache and sync engine) yet.");
    }
}
