package id.sistemparkir.client.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional background sync (off by default in the apps): {@link #trigger()} (e.g. when the connection comes back)
 * runs a sync on the scheduler; while a run leaves failed records, it runs again after a back-off that doubles from
 * {@link #INITIAL_BACKOFF} to {@link #MAX_BACKOFF}. Records that need attention do not cause retries (they wait for
 * a person). Never two runs at once: runs are serialised here, and {@link SyncEngine} holds the data dir's lock
 * against other processes (a run that finds it taken counts as failed and backs off).
 *
 * <p>States: IDLE → (trigger) SCHEDULED → RUNNING → IDLE, or SCHEDULED again after failures or a trigger during
 * the run; any → CLOSED. Thread-safe.
 */
public final class AutoSync implements AutoCloseable {

    public static final Duration INITIAL_BACKOFF = Duration.ofSeconds(5);
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(AutoSync.class);

    /** The lifecycle; changed only under this object's monitor. */
    enum State {
        IDLE,
        SCHEDULED,
        RUNNING,
        CLOSED
    }

    private final SyncEngine engine;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Consumer<SyncSummary> onFinished;

    private State state = State.IDLE;
    private Duration backoff = INITIAL_BACKOFF;
    private long generation;
    private ScheduledFuture<?> next;
    private Instant nextRunAt;
    private boolean triggeredWhileRunning;
    private SyncSummary lastSummary;

    /**
     * @param scheduler runs the syncs (not shut down by {@link #close()}: it belongs to the caller)
     * @param clock for {@link #nextRunAt()}
     */
    public AutoSync(SyncEngine engine, ScheduledExecutorService scheduler, Clock clock) {
        this(engine, scheduler, clock, summary -> {});
    }

    /** @param onFinished told after every run, on the scheduler's thread */
    public AutoSync(
            SyncEngine engine, ScheduledExecutorService scheduler, Clock clock, Consumer<SyncSummary> onFinished) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onFinished = Objects.requireNonNull(onFinished, "onFinished");
    }

    /** Syncs as soon as possible (now, or right after the running sync), resetting the back-off. */
    public synchronized void trigger() {
        switch (state) {
            case CLOSED -> {}
            case RUNNING -> triggeredWhileRunning = true;
            case IDLE, SCHEDULED -> {
                backoff = INITIAL_BACKOFF;
                schedule(Duration.ZERO);
            }
        }
    }

    /** When the next run is due, if one is scheduled. */
    public synchronized Optional<Instant> nextRunAt() {
        return Optional.ofNullable(nextRunAt);
    }

    /** The summary of the last finished run (empty before the first, or when it could not run). */
    public synchronized Optional<SyncSummary> lastSummary() {
        return Optional.ofNullable(lastSummary);
    }

    synchronized State state() {
        return state;
    }

    /** Stops scheduling; a running sync finishes (it is safe to interrupt, but need not be). */
    @Override
    public synchronized void close() {
        state = State.CLOSED;
        cancelNext();
    }

    private void schedule(Duration delay) {
        cancelNext();
        long run = ++generation;
        state = State.SCHEDULED;
        nextRunAt = clock.instant().plus(delay);
        try {
            next = scheduler.schedule(() -> run(run), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("Background sync cannot be scheduled (scheduler shut down)");
            state = State.IDLE;
            nextRunAt = null;
        }
    }

    private void cancelNext() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        nextRunAt = null;
    }

    private void run(long scheduledRun) {
        synchronized (this) {
            if (state != State.SCHEDULED || scheduledRun != generation) {
                return; // cancelled, replaced by a newer schedule, or closed
            }
            state = State.RUNNING;
            next = null;
            nextRunAt = null;
        }
        SyncSummary summary = null;
        try {
            summary = engine.syncAll(progress -> {});
        } catch (SyncInProgressException e) {
            log.info("Background sync skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Background sync failed", e);
        }
        // Listeners first, then the next run is scheduled: they hear the summaries in the order of the runs.
        if (summary != null) {
            try {
                onFinished.accept(summary);
            } catch (RuntimeException e) {
                log.warn("A background sync listener failed", e);
            }
        }
        afterRun(summary);
    }

    private synchronized void afterRun(SyncSummary summary) {
        if (state == State.CLOSED) {
            return;
        }
        if (summary != null) {
            lastSummary = summary;
        }
        boolean retry = summary == null || summary.failed() > 0;
        if (triggeredWhileRunning) {
            triggeredWhileRunning = false;
            backoff = INITIAL_BACKOFF;
            schedule(Duration.ZERO);
        } else if (retry) {
            Duration delay = backoff;
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            log.info("Offline records remain; next background sync in {} s", delay.toSeconds());
            schedule(delay);
        } else {
            backoff = INITIAL_BACKOFF;
            state = State.IDLE;
        }
    }
}
