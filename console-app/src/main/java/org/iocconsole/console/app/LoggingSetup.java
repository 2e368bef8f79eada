package org.iocconsole.console.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
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

    private LoggingSetup() {}

    /**
     * Configures logging into {@code logDir} and logs {@code firstLine} there. When the directory cannot be created the console still starts; the user
     * is told on {@code err}, since there is no log to tell them in.
     */
    static void configure(Path logDir, PrintWriter err, String firstLine) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException | SecurityException e) {
            err.println("ioc-console: cannot create the log directory " + logDir + " (" + e.getMessage()
                    + "); the console runs without a log.");
            err.flush();
        }
        System.setProperty(LOG_DIR_PROPERTY, logDir.toAbsolutePath().toString());
        routeJdkLogging();
        // Reading the configuration takes a few hundred milliseconds: do it beside the window's start. Loggers asked
        // for meanwhile are stand-ins whose events SLF4J replays once the configuration is read.
        // SLF4J reports the replay of those events on the terminal unless told to keep quiet.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Thread init =
                new Thread(() -> LoggerFactory.getLogger(LoggingSetup.class).info(firstLine), "ioc-logging-init");
        init.setDaemon(true);
        init.start();
    }

    private static void routeJdkLogging() {
        LogManager.getLogManager().reset();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new Slf4jHandler());
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
