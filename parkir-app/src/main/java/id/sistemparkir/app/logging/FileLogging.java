package id.sistemparkir.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Adds a daily rolling log file under {@code <data-dir>/logs} (DESIGN §6) to the console logging of logback.xml. Done
 * in code because the directory is only known once the command line is parsed.
 */
public final class FileLogging {

    private FileLogging() {}

    public static Path toDirectory(Path logDir, String baseName) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log directory " + logDir, e);
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Path file = logDir.resolve(baseName + ".log");

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(
                logDir.resolve(baseName + ".%d{yyyy-MM-dd}.log").toString());
        policy.setMaxHistory(30);
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();

        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return file;
    }

    /** Leaves the file appenders as they are and shows only {@code level} and above on the console (stderr). */
    public static void consoleAtLeast(Level level) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Appender<ILoggingEvent> console =
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        if (console != null) {
            ThresholdFilter filter = new ThresholdFilter();
            filter.setLevel(level.levelStr);
            filter.setContext(context);
            filter.start();
            console.addFilter(filter);
        }
    }
}
