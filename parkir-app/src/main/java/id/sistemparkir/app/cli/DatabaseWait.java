package id.sistemparkir.app.cli;

import id.sistemparkir.server.ServerStartException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the server, trying again while only the database is silent, for up to a limit: after a power cut the
 * database PC often comes up after the server PC, and a server that gave up at once would leave every lane offline
 * until someone restarts it. A refused login, an unknown database or a taken port end the start at once.
 */
final class DatabaseWait {

    /** How long {@code parkir server} waits for its database by default. */
    static final Duration DEFAULT = Duration.ofSeconds(60);

    static final Duration MAX = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    /** Waits between attempts; a test passes one that does not sleep. */
    interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final Duration limit;
    private final Sleeper sleeper;

    DatabaseWait(Duration limit, Sleeper sleeper) {
        this.limit = limit;
        this.sleeper = sleeper;
    }

    /**
     * @return what {@code start} returned at its first success
     * @throws ServerStartException the last failure, when it is not the database's silence or the limit is spent
     */
    <T> T start(Supplier<T> start) throws InterruptedException {
        Duration waited = Duration.ZERO;
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return start.get();
            } catch (ServerStartException e) {
                if (!e.databaseUnreachable() || waited.compareTo(limit) >= 0) {
                    throw e;
                }
                Duration next = min(pause, limit.minus(waited));
                log.warn(
                        "The database does not answer yet ({}); trying again in {} s (waited {} s of {} s)",
                        e.getMessage(),
                        next.toSeconds(),
                        waited.toSeconds(),
                        limit.toSeconds());
                sleeper.sleep(next);
                waited = waited.plus(next);
                pause = min(pause.multipliedBy(2), LONGEST_PAUSE);
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** {@code 0s} (give up at once) to 1 h; blank is the default, 60 s. */
    static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        Duration wait = DurationSetting.parse("the wait for the database", text);
        if (wait.isNegative() || wait.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(
                    "the wait for the database must be between 0s and 1h, was " + text.trim());
        }
        return wait;
    }
}
