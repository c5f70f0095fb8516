package id.sistemparkir.client.status;

import id.sistemparkir.client.connection.ClockCheck;
import id.sistemparkir.client.connection.ConnectionMonitor;
import id.sistemparkir.client.connection.ConnectionSnapshot;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.sync.SyncEngine;
import id.sistemparkir.client.sync.SyncListener;
import id.sistemparkir.client.sync.SyncProgress;
import id.sistemparkir.client.sync.SyncSummary;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one observable {@link LaneStatus} of a lane: fed by the connection monitor, the clock check, the outbox and
 * every sync run, and by {@link #reportProblem} for what else the operator must hear of. Listeners hear every change
 * as (previous, current), in order, on the thread that made the change (hop to the UI thread there). Thread-safe.
 */
public final class LaneStatusTracker {

    private static final Logger log = LoggerFactory.getLogger(LaneStatusTracker.class);

    /** Told about a change of the status. Must not block. */
    @FunctionalInterface
    public interface Listener {
        void changed(LaneStatus previous, LaneStatus current);
    }

    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object notifyLock = new Object();
    private LaneStatus status; // guarded by notifyLock

    public LaneStatusTracker(LaneStatus initial, Clock clock) {
        this.status = Objects.requireNonNull(initial, "initial");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A tracker fed by a lane's parts (the listeners are registered here). */
    public static LaneStatusTracker attach(
            ConnectionMonitor monitor, ClockCheck clockCheck, OfflineStore offline, SyncEngine sync, Clock clock) {
        LaneStatusTracker tracker =
                new LaneStatusTracker(LaneStatus.initial(monitor.snapshot(), offline.counts()), clock);
        monitor.addListener(tracker::connection);
        clockCheck.addListener(skew -> tracker.update(s -> s.withClock(clockCheck.lastSkew(), skew.isPresent())));
        offline.addListener(counts -> tracker.update(s -> s.withOutbox(counts)));
        sync.addListener(new SyncListener() {
            @Override
            public void started(int total) {
                tracker.update(s -> s.withSync(LaneStatus.SyncState.started(total)));
            }

            @Override
            public void progressed(SyncProgress progress) {
                tracker.update(s -> s.withSync(s.sync().progressed(progress)));
            }

            @Override
            public void finished(SyncSummary summary) {
                tracker.update(s -> s.withSummary(summary));
            }

            @Override
            public void aborted(RuntimeException cause) {
                tracker.update(s -> s.withSync(LaneStatus.SyncState.IDLE));
            }
        });
        return tracker;
    }

    public LaneStatus current() {
        synchronized (notifyLock) {
            return status;
        }
    }

    /** Listens from now on; call {@link #current()} for the state to start from. */
    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public void connection(ConnectionSnapshot snapshot) {
        update(s -> s.withConnection(snapshot));
    }

    /** Something the operator should know (worded by the front end); replaces the last one. */
    public void reportProblem(Message text) {
        update(s -> s.withError(Optional.of(new LaneStatus.Problem(text, clock.instant()))));
    }

    /** The operator has seen the last problem. */
    public void clearProblem() {
        update(s -> s.withError(Optional.empty()));
    }

    /**
     * Applies a change and tells the listeners, under one lock so that every listener hears the changes in the order
     * they were made.
     */
    void update(UnaryOperator<LaneStatus> change) {
        synchronized (notifyLock) {
            LaneStatus previous = status;
            LaneStatus next = change.apply(previous);
            if (next.equals(previous)) {
                return;
            }
            status = next;
            for (Listener listener : listeners) {
                try {
                    listener.changed(previous, next);
                } catch (RuntimeException e) {
                    log.warn("A lane status listener failed", e);
                }
            }
        }
    }
}
