package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs go to a rolling file in the chosen log directory, bounded in age (and in size by the same policy). */
class ConsoleLogConfiguratorTest {
    @TempDir
    Path logs;

    @Test
    void writesARollingFileInTheChosenDirectoryWithSizeAndHistoryLimits() throws Exception {
        String before = System.getProperty(LoggingSetup.LOG_DIR_PROPERTY);
        System.setProperty(LoggingSetup.LOG_DIR_PROPERTY, logs.toString());
        LoggerContext context = new LoggerContext();
        context.start();
        try {
            ConsoleLogConfigurator configurator = new ConsoleLogConfigurator();
            configurator.setContext(context);
            configurator.configure(context);

            context.getLogger("test").info("written to the file");
            RollingFileAppender<?> file = (RollingFileAppender<?>)
                    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
            FixedWindowRollingPolicy policy = (FixedWindowRollingPolicy) file.getRollingPolicy();
            SizeBasedTriggeringPolicy<?> trigger = (SizeBasedTriggeringPolicy<?>) file.getTriggeringPolicy();

            assertThat(Path.of(file.getFile())).isEqualTo(logs.resolve("console.log"));
            assertThat(policy.getFileNamePattern()).startsWith(logs.toString()).endsWith(".log.gz");
            assertThat(policy.getMaxIndex()).isEqualTo(5);
            assertThat(trigger.getMaxFileSize().getSize()).isEqualTo(10L * 1024 * 1024);
            assertThat(logs.resolve("console.log")).exists();
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty(LoggingSetup.LOG_DIR_PROPERTY);
            } else {
                System.setProperty(LoggingSetup.LOG_DIR_PROPERTY, before);
            }
        }
    }
}
