package id.sistemparkir.client.connection;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.realtime.RealtimeListener;
import id.sistemparkir.core.contract.HealthResponse;
import id.sistemparkir.core.contract.RealtimeFrame;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the connection indicator shows (DESIGN §8): CONNECTED when the server answers AND reports its database UP.
 *
 * <p>Two sources. It probes {@code GET /api/v1/health} at start and every {@code interval} (asynchronously: a probe
 * never occupies the scheduler while it waits). And, registered as a {@link RealtimeListener}, it reacts AT ONCE to
 * the realtime socket: a drop turns it DISCONNECTED (and a re-probe follows shortly), a {@code status} frame sets it
 * from the database state, a new connection triggers a probe. A probe that was already under way when a realtime signal
 * arrived is ignored, so an older answer never overrides a newer signal.
 *
 * <p>Listeners are told on every change of state (not on every probe), in order, on whichever thread made the change;
 * they must not block (hop to the UI thread). Thread-safe.
 */
public final class ConnectionMonitor implements RealtimeListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConnectionMonitor.class);

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    /** After the realtime socket dropped: probe again this soon (or after the interval, if that is shorter). */
    static final Duration REPROBE_AFTER_DROP = Duration.ofSeconds(1);

    private final ServerApi api;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final List<Consumer<ConnectionSnapshot>> listeners = new CopyOnWriteArrayList<>();

    private final Object lock = new Object();
    private ConnectionSnapshot snapshot; // guarded by lock
    private long epoch; // guarded by lock: counts realtime signals, to tell stale probe answers
    private boolean probing; // guarded by lock
    private boolean probeAgain; // guarded by lock
    private boolean closed; // guarded by lock
    private ScheduledFuture<?> periodic; // guarded by lock
    private ScheduledFuture<?> reprobe; // guarded by lock

    private final Object notifyLock = new Object();
    private ConnectionState published = ConnectionState.CHECKING; // guarded by notifyLock

    /**
     * @param interval how often to probe health ({@link #DEFAULT_INTERVAL} in production)
     * @param scheduler runs the probes' timers; never shut down by this class
     */
    public ConnectionMonitor(ServerApi api, Duration interval, Clock clock, ScheduledExecutorService scheduler) {
        this.api = Objects.requireNonNull(api, "api");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        this.snapshot =
                new ConnectionSnapshot(ConnectionState.CHECKING, clock.instant(), Duration.ZERO, "not checked yet");
    }

    /** Probes now and every interval from now on. */
    public void start() {
        synchronized (lock) {
            if (closed || periodic != null) {
                return;
            }
            periodic = scheduleSafely(() ->
                    scheduler.scheduleWithFixedDelay(this::checkSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** Probes health now, in the background (joins a probe already under way, then probes once more). */
    public void checkNow() {
        long startEpoch;
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (probing) {
                probeAgain = true;
                return;
            }
            probing = true;
            startEpoch = epoch;
        }
        long start = System.nanoTime();
        api.healthAsync().whenComplete((result, failure) -> {
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            probed(failure == null ? result : new ApiResult.Unavailable<>(failure.toString()), latency, startEpoch);
        });
    }

    /** For timers: a periodic task that throws would never run again. */
    private void checkSafely() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            log.error("Connection check failed", e);
        }
    }

    public ConnectionSnapshot snapshot() {
        synchronized (lock) {
            return snapshot;
        }
    }

    /** Called on every change of state with the new snapshot. */
    public void addListener(Consumer<ConnectionSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void onConnected(RealtimeFrame.Hello hello) {
        checkNow();
    }

    @Override
    public void onDisconnected(String reason) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            epoch++;
            set(ConnectionState.DISCONNECTED, "realtime connection lost: " + reason, snapshot.latency());
            if (reprobe != null) {
                reprobe.cancel(false);
            }
            long delay = Math.min(REPROBE_AFTER_DROP.toMillis(), interval.toMillis());
            reprobe = scheduleSafely(() -> scheduler.schedule(this::checkSafely, delay, TimeUnit.MILLISECONDS));
        }
        publish();
    }

    @Override
    public void onStatus(RealtimeFrame.Status status) {
        boolean up = HealthResponse.UP.equals(status.server()) && HealthResponse.UP.equals(status.database());
        synchronized (lock) {
            if (closed) {
                return;
            }
            epoch++;
            set(
                    up ? ConnectionState.CONNECTED : ConnectionState.DISCONNECTED,
                    up ? "server status: database UP" : "server status: database " + status.database(),
                    snapshot.latency());
        }
        publish();
    }

    /** Stops probing. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (periodic != null) {
                periodic.cancel(false);
            }
            if (reprobe != null) {
                reprobe.cancel(false);
            }
        }
    }

    private void probed(ApiResult<HealthResponse> result, Duration latency, long startEpoch) {
        boolean again;
        synchronized (lock) {
            probing = false;
            again = probeAgain;
            probeAgain = false;
            if (!closed && epoch == startEpoch) {
                apply(result, latency);
            } else {
                log.debug("Health probe answer ignored: a realtime signal came while it was under way");
            }
        }
        publish();
        if (again) {
            checkNow();
        }
    }

    private void apply(ApiResult<HealthResponse> result, Duration latency) {
        if (result instanceof ApiResult.Ok<HealthResponse> ok) {
            HealthResponse health = ok.body();
            boolean up = HealthResponse.UP.equals(health.server()) && HealthResponse.UP.equals(health.database());
            set(
                    up ? ConnectionState.CONNECTED : ConnectionState.DISCONNECTED,
                    up ? "server and database UP" : "the server answers but its database is " + health.database(),
                    latency);
        } else {
            set(ConnectionState.DISCONNECTED, "health check: " + result.describe(), snapshot.latency());
        }
    }

    /** Records a state (the caller holds {@code lock}); logs a change. */
    private void set(ConnectionState state, String reason, Duration latency) {
        ConnectionState previous = snapshot.state();
        snapshot = new ConnectionSnapshot(state, clock.instant(), latency, reason);
        if (previous.canMoveTo(state)) {
            if (state == ConnectionState.CONNECTED) {
                log.info("Connection: {} ({})", state.label(), reason);
            } else {
                log.warn("Connection: {} ({})", state.label(), reason);
            }
        }
    }

    /**
     * Tells the listeners about the current state if it differs from the last one told. Reading the state here, under
     * its own lock, keeps the order right even when two threads changed it at once: the last word is always the truth.
     */
    private void publish() {
        synchronized (notifyLock) {
            ConnectionSnapshot now = snapshot();
            if (now.state() == published) {
                return;
            }
            published = now.state();
            for (Consumer<ConnectionSnapshot> listener : listeners) {
                try {
                    listener.accept(now);
                } catch (RuntimeException e) {
                    log.error("A connection listener failed", e);
                }
            }
        }
    }

    private ScheduledFuture<?> scheduleSafely(Supplier<ScheduledFuture<?>> scheduling) {
        try {
            return scheduling.get();
        } catch (RejectedExecutionException e) {
            log.warn("Connection checks not scheduled: the scheduler is shut down");
            return null;
        }
    }
}
