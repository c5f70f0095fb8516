package id.sistemparkir.server.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one place where instants meet the database: every instant is stored as its UTC wall-clock time in
 * a {@code DATETIME(3)} column. DATETIME, not TIMESTAMP: no 2038 limit and no conversion through the
 * session or JVM time zone. Values are truncated to milliseconds here, in Java, because the databases
 * disagree on what to do with the rest (MariaDB truncates, H2 rounds).
 */
public final class Times {
    private Times() {}

    /** The value to bind for an instant: its UTC wall-clock time, truncated to milliseconds. */
    public static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    /** The instant a {@code DATETIME(3)} value read back from the database stands for. */
    public static Instant fromDb(LocalDateTime utcDateTime) {
        return utcDateTime.toInstant(ZoneOffset.UTC);
    }
}
