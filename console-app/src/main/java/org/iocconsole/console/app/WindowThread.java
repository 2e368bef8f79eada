package org.iocconsole.console.app;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/**
 * Starts the JavaFX toolkit while the launcher still parses the command line and sets up logging, so that the two
 * take their time side by side rather than one after the other. The application then waits in {@code init()} for
 * the options ({@link ConsoleApplication#prepare}). Only a command line that may open a window starts it early; one
 * that asks for help, the version or a headless sync never touches the toolkit.
 */
final class WindowThread {
    /** Flags after which no window opens; clusters of short flags such as {@code -hV} are caught by their letters. */
    private static final Set<String> WINDOWLESS = Set.of("--sync-once", "--help", "--version");

    private final CompletableFuture<Throwable> ended = new CompletableFuture<>();
    private boolean started;

    /** True when the command line may open a window. */
    static boolean wanted(String[] args) {
        for (String arg : args) {
            if (WINDOWLESS.contains(arg) || isShortCluster(arg) && (arg.contains("h") || arg.contains("V"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isShortCluster(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) != '-';
    }

    /** Starts the toolkit and the application on their own thread; the application waits for its options. */
    synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        LoggingSetup.holdJdkLogs();
        Thread thread = new Thread(
                () -> {
                    try {
                        Application.launch(ConsoleApplication.class);
                        ended.complete(null);
                    } catch (RuntimeException | Error e) {
                        ended.complete(e);
                    }
                },
                "ioc-window");
        thread.start();
    }

    /**
     * Starts the window if it has not started, and waits until it is closed. Returns why it could not open or failed,
     * or null when it ran and was closed.
     */
    Throwable awaitEnd() {
        start();
        return ended.join();
    }
}
