package id.sistemparkir.server.db;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes an embedded H2 database keep what it confirmed (docs/decisions/0009). H2 2.3 by default writes commits to
 * its file up to 500 ms later ({@code WRITE_DELAY}) and never forces the file: a {@code kill -9} loses the last
 * confirmed commits, a power cut more. The driver URL gets:
 *
 * <ul>
 *   <li>{@code WRITE_DELAY=0}: each commit is written before it returns (this also stops H2's background writer,
 *       which did the housekeeping);
 *   <li>{@code RETENTION_TIME=0}: old chunks are reused at once. H2 keeps them 45 s by default in case the disk has
 *       not flushed the new ones yet; without the background writer they were then never reused and the file grew by
 *       hundreds of MB per 25,000 commits. Safe here because every write is already on the device:
 *   <li>the {@link SyncedFilePath} file system: the database file is written with DSYNC.
 * </ul>
 *
 * The URL people configure and read in logs stays as they wrote it; settings they wrote themselves are kept.
 */
final class H2Durability {

    private static final Pattern OTHER_FILE_SYSTEM = Pattern.compile("[a-zA-Z][a-zA-Z0-9]+:.*");
    private static final String WRITE_DELAY = ";WRITE_DELAY=";
    private static final String RETENTION_TIME = ";RETENTION_TIME=";

    private H2Durability() {}

    /** The URL to open: a file database made durable; anything else (memory, server, special file systems) as is. */
    static String driverUrl(String jdbcUrl) {
        String url = jdbcUrl.trim();
        String prefix = "jdbc:h2:";
        if (!url.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return url;
        }
        String rest = url.substring(prefix.length());
        int settingsAt = rest.indexOf(';');
        String name = settingsAt < 0 ? rest : rest.substring(0, settingsAt);
        String settings = settingsAt < 0 ? "" : rest.substring(settingsAt);
        if (name.regionMatches(true, 0, "file:", 0, 5)) {
            name = name.substring(5);
        } else if (OTHER_FILE_SYSTEM.matcher(name).matches()) {
            return url; // mem:, tcp:, ssl:, nio:, split:... (a Windows drive "C:" is one letter and is a file path)
        }
        SyncedFilePath.register();
        if (!settings.toUpperCase(Locale.ROOT).contains(WRITE_DELAY)) {
            settings = settings + WRITE_DELAY + "0";
        }
        if (!settings.toUpperCase(Locale.ROOT).contains(RETENTION_TIME)) {
            settings = settings + RETENTION_TIME + "0";
        }
        return prefix + SyncedFilePath.SCHEME + ":" + name + settings;
    }

    /** Why an H2 URL will not be durable, for a warning at start-up; empty when it will be (or is not H2). */
    static Optional<String> warning(String jdbcUrl) {
        String url = jdbcUrl.trim();
        String upper = url.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("JDBC:H2:")) {
            return Optional.empty();
        }
        String driver = driverUrl(url);
        if (!driver.toUpperCase(Locale.ROOT).startsWith("JDBC:H2:" + SyncedFilePath.SCHEME.toUpperCase(Locale.ROOT))) {
            return Optional.of("this H2 URL is not an embedded file database; a confirmed commit is as durable as"
                    + " wherever it points (memory: lost on exit)");
        }
        if (!driver.toUpperCase(Locale.ROOT).contains(WRITE_DELAY + "0;")
                && !driver.toUpperCase(Locale.ROOT).endsWith(WRITE_DELAY + "0")) {
            return Optional.of("the URL sets WRITE_DELAY to something other than 0: commits confirmed within that"
                    + " delay are lost when the server process dies");
        }
        return Optional.empty();
    }
}
