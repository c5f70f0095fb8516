package id.sistemparkir.client;

import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.connection.ClockCheck;
import id.sistemparkir.client.connection.ConnectionMonitor;
import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.client.lane.InsideCache;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.realtime.RealtimeClient;
import id.sistemparkir.client.realtime.SeqStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live side of a lane, for the desktop apps: the realtime stream (which keeps the cache of vehicles inside current
 * and sends station heartbeats with the pending-offline count), the three-state connection indicator, and the clock
 * check. One instance per window process; the caller owns the scheduler.
 */
public final class LaneLive implements AutoCloseable {

    private static final Duration CACHE_FLUSH = Duration.ofSeconds(2);

    private final RealtimeClient realtime;
    private final ConnectionMonitor monitor;
    private final ClockCheck clockCheck;
    private final InsideCache inside;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> flushing;

    LaneLive(
            LaneConfig config,
            AuthSession session,
            InsideCache inside,
            OfflineStore offline,
            Clock clock,
            ScheduledExecutorService scheduler,
            Duration probeInterval) {
        ServerApi api = session.api();
        this.inside = inside;
        this.scheduler = scheduler;
        this.monitor = new ConnectionMonitor(api, probeInterval, clock, scheduler);
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
        realtime.setUnauthorizedHandler(session::renew);
        monitor.addListener(snapshot -> {
            if (snapshot.state() == ConnectionState.CONNECTED) {
                session.serverReachable();
            }
        });
    }

    public void start() {
        monitor.start();
        realtime.start();
        flushing = scheduler.scheduleWithFixedDelay(
                inside::flush, CACHE_FLUSH.toMillis(), CACHE_FLUSH.toMillis(), TimeUnit.MILLISECONDS);
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
        realtime.close();
        monitor.close();
        inside.flush();
    }
}
