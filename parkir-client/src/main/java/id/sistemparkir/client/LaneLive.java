package id.sistemparkir.client;

import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.connection.ClockCheck;
import id.sistemparkir.client.connection.ConnectionMonitor;
import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.client.lane.InsideCache;
import id.sistemparkir.client.lane.InsideCacheFiller;
import id.sistemparkir.client.lane.TicketKeyStore;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.realtime.RealtimeClient;
import id.sistemparkir.client.realtime.RealtimeListener;
import id.sistemparkir.client.realtime.SeqStore;
import id.sistemparkir.client.schedule.GuardedTask;
import id.sistemparkir.client.status.LaneStatusTracker;
import id.sistemparkir.client.sync.AutoSync;
import id.sistemparkir.client.sync.SyncEngine;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.contract.RealtimeFrame;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live side of a lane, for the desktop apps: the realtime stream (which keeps the cache of vehicles inside current
 * and sends station heartbeats with the pending-offline count), the three-state connection indicator, and the clock
 * check, all summed up in one observable {@link LaneStatusTracker}; and, when {@link LiveOptions#autoSync()} is on, a
 * background sync when the connection returns with records waiting. One instance per window process; the caller owns
 * the scheduler.
 */
public final class LaneLive implements AutoCloseable {

    private static final Duration CACHE_FLUSH = Duration.ofSeconds(2);

    private final RealtimeClient realtime;
    private final ConnectionMonitor monitor;
    private final ClockCheck clockCheck;
    private final InsideCache inside;
    private final ScheduledExecutorService scheduler;
    private final OfflineStore offline;
    private final LaneStatusTracker status;
    private final AutoSync autoSync; // null when off
    private final Duration probeInterval;
    private ScheduledFuture<?> flushing;
    private ScheduledFuture<?> counting;

    LaneLive(
            LaneConfig config,
            AuthSession session,
            InsideCache inside,
            InsideCacheFiller insideFiller,
            TicketKeyStore ticketKeys,
            OfflineStore offline,
            SyncEngine syncEngine,
            Clock clock,
            ScheduledExecutorService scheduler,
            LiveOptions options) {
        ServerApi api = session.api();
        this.inside = inside;
        this.scheduler = scheduler;
        this.offline = offline;
        this.probeInterval = options.probeInterval();
        this.monitor = new ConnectionMonitor(api, options.probeInterval(), clock, scheduler);
        this.clockCheck = new ClockCheck(clock);
        this.realtime = new RealtimeClient(
                api.endpoint(),
                () -> api.token().orElse(null),
                new SeqStore(config.dataDir()),
                new RealtimeClient.StationInfo(config.station(), config.app(), offline::pendingCount),
                clock,
                scheduler);
        realtime.addListener(monitor);
        realtime.addListener(clockCheck);
        realtime.addListener(inside);
        // Each (re)connection reloads the snapshot while the stream runs: nothing missed while away, nothing revived.
        realtime.addListener(new RealtimeListener() {
            @Override
            public void onConnected(RealtimeFrame.Hello hello) {
                reload();
            }

            @Override
            public void onResync(RealtimeFrame.Resync resync) {
                reload();
            }

            private void reload() {
                try {
                    scheduler.execute(GuardedTask.of("load the vehicles inside", insideFiller::fill));
                } catch (RejectedExecutionException e) {
                    // The lane is closing.
                }
            }
        });
        realtime.addListener(new RealtimeListener() {
            @Override
            public void onEvent(RealtimeFrame.Event event) {
                if (EventNames.TICKET_KEYS_UPDATED.equals(event.event())) {
                    // Off the realtime thread: the download has its own timeout and must not hold up the stream.
                    try {
                        scheduler.execute(GuardedTask.of("refresh the ticket keys", () -> ticketKeys.refresh(session)));
                    } catch (RejectedExecutionException e) {
                        // The lane is closing.
                    }
                }
            }
        });
        realtime.setUnauthorizedHandler(session::renew);
        monitor.addListener(snapshot -> {
            if (snapshot.state() == ConnectionState.CONNECTED) {
                session.serverReachable();
            }
        });
        this.status = LaneStatusTracker.attach(monitor, clockCheck, offline, syncEngine, clock);
        this.autoSync = options.autoSync() ? new AutoSync(syncEngine, scheduler, clock) : null;
        if (autoSync != null) {
            monitor.addListener(snapshot -> {
                if (snapshot.state() == ConnectionState.CONNECTED && offline.pendingCount() > 0) {
                    autoSync.trigger();
                }
            });
        }
    }

    public void start() {
        monitor.start();
        realtime.start();
        flushing = scheduler.scheduleWithFixedDelay(
                GuardedTask.of("write the cache of vehicles inside", inside::flush),
                CACHE_FLUSH.toMillis(),
                CACHE_FLUSH.toMillis(),
                TimeUnit.MILLISECONDS);
        // Another process (e.g. `parkir sync`) may change the outbox: count again now and then, not on every call.
        counting = scheduler.scheduleWithFixedDelay(
                GuardedTask.of("count the offline records", offline::refreshCounts),
                probeInterval.toMillis(),
                probeInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The lane's status (connection, clock, outbox, sync), observable. */
    public LaneStatusTracker status() {
        return status;
    }

    /** The background sync, when {@link LiveOptions#autoSync()} is on. */
    public Optional<AutoSync> autoSync() {
        return Optional.ofNullable(autoSync);
    }

    public ConnectionMonitor monitor() {
        return monitor;
    }

    public ClockCheck clockCheck() {
        return clockCheck;
    }

    public RealtimeClient realtime() {
        return realtime;
    }

    @Override
    public void close() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        if (counting != null) {
            counting.cancel(false);
        }
        if (autoSync != null) {
            autoSync.close();
        }
        realtime.close();
        monitor.close();
        GuardedTask.runGuarded("write the cache of vehicles inside", inside::flush);
    }
}
