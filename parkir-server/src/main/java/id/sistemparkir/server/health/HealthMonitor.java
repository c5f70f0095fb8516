package id.sistemparkir.server.health;

import id.sistemparkir.core.contract.HealthResponse;
import id.sistemparkir.server.db.Database;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database's health as seen from the server, kept up to date in the background so that nobody waits on a hung
 * database to learn that it hangs (DESIGN §4: {@code GET /api/v1/health} answers within 2 s whatever the database does).
 *
 * <p>Two threads, so that a stuck one cannot leave a stale answer behind:
 *
 * <ul>
 *   <li>the <em>prober</em> pings the database every {@value #PROBE_INTERVAL_MILLIS} ms with a {@value
 *       #PING_TIMEOUT_MILLIS} ms deadline and records the result;
 *   <li>the <em>watcher</em> looks at the recorded result every {@value #WATCH_INTERVAL_MILLIS} ms and, on a flip, logs it
 *       once and tells the listeners (always from this one thread, so listeners see flips in order).
 * </ul>
 *
 * The database counts as up when the last probe succeeded AND the last success is younger than {@value
 * #MAX_SUCCESS_AGE_MILLIS} ms: a prober that hangs, however it hangs, turns the answer to DOWN by itself. With these
 * numbers a stall or a cut is reported within about 1.35 s (one interval plus one ping timeout plus one watch tick), a
 * recovery one successful probe after the database answers again.
 */
public final class HealthMonitor implements DatabaseHealth, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HealthMonitor.class);

    // Twice a second, not once: with 1 s the worst case (a stall right after a good probe: wait for the next probe,
    // then its timeout) comes to about 2 s, the contract's limit. With these: 0.5 + 0.8 + 0.05 s.
    static final long PROBE_INTERVAL_MILLIS = 500;
    static final long PING_TIMEOUT_MILLIS = 800;
    static final long MAX_SUCCESS_AGE_MILLIS = 2_500;
    static final long WATCH_INTERVAL_MILLIS = 50;

    /** What is probed: {@link Database#ping}, or a stand-in in tests. */
    interface Probe {
        boolean ping(Duration timeout);
    }

    private final Probe probe;
    private final String description;
    private final Clock clock;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService prober =
            Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "parkir-health-probe"));
    private final ScheduledExecutorService watcher =
            Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "parkir-health-watch"));

    /** {@link System#nanoTime()} of the last successful probe; the database was just opened, so: now. */
    private volatile long lastSuccessNanos = System.nanoTime();

    private volatile boolean lastProbeUp = true;

    /** The state last told to listeners; written by the watcher thread only. */
    private volatile boolean reportedUp = true;

    private long reportedSinceNanos = System.nanoTime(); // watcher thread only

    public HealthMonitor(Database database, Clock clock) {
        this(database::ping, database.describe(), clock);
    }

    HealthMonitor(Probe probe, String description, Clock clock) {
        this.probe = probe;
        this.description = description;
        this.clock = clock;
    }

    public void start() {
        prober.scheduleAtFixedRate(this::probeOnce, 0, PROBE_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        watcher.scheduleAtFixedRate(this::watch, WATCH_INTERVAL_MILLIS, WATCH_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** From memory, never blocks: the last probe succeeded and not too long ago. */
    @Override
    public boolean databaseUp() {
        return lastProbeUp
                && System.nanoTime() - lastSuccessNanos < TimeUnit.MILLISECONDS.toNanos(MAX_SUCCESS_AGE_MILLIS);
    }

    /** Listeners run on the watcher thread, once per flip, in flip order; they must not block. */
    @Override
    public void addListener(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    /** {@code GET /api/v1/health}, public: 200 when the database is up, 503 when down, the same body either way. */
    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/health", this::health);
    }

    private void health(Context ctx) {
        boolean up = databaseUp();
        ctx.status(up ? 200 : 503);
        ctx.json(new HealthResponse(HealthResponse.UP, up ? HealthResponse.UP : HealthResponse.DOWN, clock.instant()));
    }

    private void probeOnce() {
        boolean up;
        try {
            up = probe.ping(Duration.ofMillis(PING_TIMEOUT_MILLIS));
        } catch (RuntimeException e) { // ping promises not to throw; a bug there must not stop the probing
            log.debug("Database health probe failed: {}", e.toString());
            up = false;
        }
        if (up) {
            lastSuccessNanos = System.nanoTime();
        }
        lastProbeUp = up;
    }

    private void watch() {
        boolean up = databaseUp();
        if (up == reportedUp) {
            return;
        }
        long now = System.nanoTime();
        long previousMillis = TimeUnit.NANOSECONDS.toMillis(now - reportedSinceNanos);
        reportedUp = up;
        reportedSinceNanos = now;
        if (up) {
            log.info("Database is UP again: {} (it was down for {} ms)", description, previousMillis);
        } else {
            log.warn(
                    "Database is DOWN: {} gave no answer to a health probe within {} ms",
                    description,
                    PING_TIMEOUT_MILLIS);
        }
        for (Consumer<Boolean> listener : listeners) {
            try {
                listener.accept(up);
            } catch (RuntimeException e) {
                log.warn("A database health listener failed: {}", e.toString(), e);
            }
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
        watcher.shutdownNow();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
