package org.iocconsole.console.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * The console's logging, set up in code (found by logback through {@code ServiceLoader}): rolling files in the log
 * directory, nothing on the terminal. In code rather than XML because reading an XML configuration loads hundreds of
 * classes while the window starts.
 */
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {
    private static final int ARCHIVES = 5;
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Path dir = logDir();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("console.log").toString());
        file.setEncoder(encoder);

        // By size into a fixed window of archives: at most 10 MB live plus five gzipped ones. A time-based policy would
        // scan the folder and compile date patterns while the window starts, for nothing a console needs.
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("console.%i.log.gz").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(ARCHIVES);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The directory the launcher chose, or a folder in the temporary directory when it chose none (tests). */
    private static Path logDir() {
        String chosen = System.getProperty(LoggingSetup.LOG_DIR_PROPERTY);
        return chosen != null ? Path.of(chosen) : Path.of(System.getProperty("java.io.tmpdir"), "ioc-console-logs");
    }
}
