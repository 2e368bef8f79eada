package org.iocconsole.console.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the console's logs to rolling files in the log directory and nowhere else. Must run before the first logger
 * is created: logback's configuration ({@link ConsoleLogConfigurator}) takes the directory from the {@value #LOG_DIR_PROPERTY}
 * system property set here. JavaFX and other JDK-logging users are routed into the same files, so nothing reaches the
 * terminal. Called once, on the launcher's thread.
 */
final class LoggingSetup {
    /** The system property the logging configuration reads the directory from. */
    static final String LOG_DIR_PROPERTY = "ioc.console.logDir";

    private static final HeldHandler HELD = new HeldHandler();

    private LoggingSetup() {}

    /**
     * Configures logging into {@code logDir} and logs {@code firstLine} there, beside the caller. When the directory cannot be created the console still starts; the user
     * is told on {@code err}, since there is no log to tell them in.
     */
    static void configure(Path logDir, PrintWriter err, Supplier<String> firstLine) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException | SecurityException e) {
            err.println("ioc-console: cannot create the log directory " + logDir + " (" + e.getMessage()
                    + "); the console runs without a log.");
            err.flush();
        }
        System.setProperty(LOG_DIR_PROPERTY, logDir.toAbsolutePath().toString());
        holdJdkLogs();
        // Reading the configuration takes a few hundred milliseconds: do it beside the window's start. Loggers asked
        // for meanwhile are stand-ins whose events SLF4J replays once the configuration is read.
        // SLF4J reports the replay of those events on the terminal unless told to keep quiet.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Thread init = new Thread(
                () -> {
                    LoggerFactory.getLogger(LoggingSetup.class).info(firstLine.get());
                    HELD.forwardTo(new Slf4jHandler());
                },
                "ioc-logging-init");
        init.setDaemon(true);
        init.start();
    }

    /**
     * Keeps JDK log records (JavaFX logs through them) until {@link #configure} says where logs go: the toolkit may
     * start before that, and its records must neither reach the terminal nor be lost.
     */
    static void holdJdkLogs() {
        synchronized (HELD) {
            if (!HELD.installed) {
                LogManager.getLogManager().reset();
                java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
                root.setLevel(Level.INFO);
                root.addHandler(HELD);
                HELD.installed = true;
            }
        }
    }

    /** The root JDK handler: holds records until it has somewhere to send them, then forwards. Thread-safe. */
    private static final class HeldHandler extends Handler {
        private static final int MAX_HELD = 1_000;
        private final Deque<LogRecord> held = new ArrayDeque<>();
        private Handler target;
        private boolean installed;

        @Override
        public synchronized void publish(LogRecord record) {
            if (target != null) {
                target.publish(record);
            } else if (held.size() < MAX_HELD) {
                held.add(record);
            }
        }

        synchronized void forwardTo(Handler handler) {
            target = handler;
            held.forEach(handler::publish);
            held.clear();
        }

        @Override
        public void flush() {
            // Records are forwarded as they come.
        }

        @Override
        public void close() {
            // The target's resources belong to logback.
        }
    }

    /** Hands JDK log records (JavaFX logs through them) to SLF4J. Thread-safe. */
    private static final class Slf4jHandler extends Handler {
        @Override
        public void publish(LogRecord record) {
            if (record == null || !isLoggable(record)) {
                return;
            }
            Logger logger = LoggerFactory.getLogger(record.getLoggerName() == null ? "jul" : record.getLoggerName());
            String message = format(record);
            int level = record.getLevel().intValue();
            if (level >= Level.SEVERE.intValue()) {
                logger.error(message, record.getThrown());
            } else if (level >= Level.WARNING.intValue()) {
                logger.warn(message, record.getThrown());
            } else if (level >= Level.INFO.intValue()) {
                logger.info(message, record.getThrown());
            } else {
                logger.debug(message, record.getThrown());
            }
        }

        private static String format(LogRecord record) {
            String message = record.getMessage();
            Object[] params = record.getParameters();
            if (message == null || params == null || params.length == 0) {
                return message;
            }
            try {
                return MessageFormat.format(message, params);
            } catch (IllegalArgumentException e) {
                return message;
            }
        }

        @Override
        public void flush() {
            // Nothing buffered here; logback flushes its own appenders.
        }

        @Override
        public void close() {
            // Logback's appenders are closed with its context.
        }
    }
}
