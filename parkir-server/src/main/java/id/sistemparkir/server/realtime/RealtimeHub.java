package id.sistemparkir.server.realtime;

import id.sistemparkir.core.contract.HealthResponse;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Authenticator;
import id.sistemparkir.server.health.DatabaseHealth;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.ErrorMapping;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realtime channel (DESIGN §5): {@code /ws}, authenticated at the upgrade, and {@code GET /api/v1/stations}.
 *
 * <p>Each socket gets {@code hello} first, then, once it subscribes, every event of the log after its {@code since} and
 * every later one, in order, each once (see {@link EventPump} for why). Events are always read back from the {@link
 * EventLog}, once per node by its {@link EventFeed}, and fanned out from there; only a client behind the feed's window
 * reads the log itself. {@link #eventsCommitted()} only says "look now", and a poll every second looks anyway (other
 * server nodes, outages): one read per node, however many clients. {@code status} frames go to every socket when the database flips and every
 * {@code statusInterval}. {@code station} heartbeats feed the {@code stations} table ({@link StationRegistry}).
 *
 * <p>Threads: socket callbacks run on Jetty's threads ({@link RealtimeEndpoint}) and touch the database only for the
 * hello's {@code latestSeq} (skipped while the database is down); event pumps and station writes run on a small shared
 * pool; statuses and the poll on one timer thread. Nothing waits on a client: frames are written asynchronously and a
 * client that stops reading is dropped.
 */
public final class RealtimeHub implements EventNotifier, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RealtimeHub.class);

    public static final String PATH = "/ws";

    /** Frames from clients larger than this are refused (the socket is closed with 1009, "message too big"). */
    public static final int MAX_FRAME_BYTES = 64 * 1024;

    /** Tuning, with production defaults; tests shrink it. */
    record Options(
            int batchSize,
            Duration pollInterval,
            Duration gapPatience,
            int maxQueuedFrames,
            int threads,
            int feedWindow) {
        static final Options DEFAULTS =
                new Options(200, Duration.ofSeconds(1), Duration.ofSeconds(3), 1_000, 4, 10_000);
    }

    private final Authenticator authenticator;
    private final DatabaseHealth health;
    private final Duration statusInterval;
    private final Options options;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final StationRegistry stations;
    private final EventFeed feed;
    private final RealtimeEndpoint endpoint;

    private volatile boolean closed;

    public RealtimeHub(
            EventLog eventLog,
            Authenticator authenticator,
            DatabaseHealth health,
            Jdbi jdbi,
            Clock clock,
            Duration statusInterval) {
        this(eventLog, authenticator, health, jdbi, clock, statusInterval, Options.DEFAULTS);
    }

    RealtimeHub(
            EventLog eventLog,
            Authenticator authenticator,
            DatabaseHealth health,
            Jdbi jdbi,
            Clock clock,
            Duration statusInterval,
            Options options) {
        this.authenticator = authenticator;
        this.health = health;
        this.statusInterval = statusInterval;
        this.options = options;
        this.workers = new ThreadPoolExecutor(
                options.threads(),
                options.threads(),
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                daemonThreads("parkir-realtime-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("parkir-realtime-timer-"));
        this.stations = new StationRegistry(jdbi, health, workers);
        this.feed = new EventFeed(
                eventLog,
                health,
                workers,
                options.batchSize(),
                options.feedWindow(),
                options.gapPatience(),
                this::wakeEveryPump);
        ClientConnection.Setup setup = new ClientConnection.Setup(
                eventLog, feed, health, workers, options.batchSize(), options.gapPatience(), options.maxQueuedFrames());
        this.endpoint = new RealtimeEndpoint(eventLog, health, stations, clock, setup);
    }

    public void start() {
        stations.markAllDisconnected();
        endpoint.refreshLatestSeq();
        feed.request();
        health.addListener(up -> onTimer(() -> databaseFlipped(up)));
        long statusMillis = statusInterval.toMillis();
        long pollMillis = options.pollInterval().toMillis();
        timer.scheduleAtFixedRate(
                () -> safely(() -> broadcastStatus(health.databaseUp())),
                statusMillis,
                statusMillis,
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> safely(this::poll), pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Call after committing a transaction that appended to the event log (never inside it: the events are not visible
     * yet). Non-blocking: the node's feed reads the log soon and passes what it found to every subscribed socket.
     */
    @Override
    public void eventsCommitted() {
        feed.request();
    }

    private void wakeEveryPump() {
        for (ClientConnection client : endpoint.clients()) {
            client.events().request();
        }
    }

    public void addRoutes(RoutesConfig routes) {
        routes.wsBeforeUpgrade(PATH, this::authenticateUpgrade);
        routes.ws(PATH, endpoint::configure);
    }

    /**
     * Stations as their heartbeats last told (stations that only ever made HTTP calls are not here); for {@code GET
     * /api/v1/stations}, which {@code server.station} serves, and the main menu's server panel.
     */
    public List<StationView> stations() {
        return stations.list();
    }

    /** Sockets open now. */
    int clientCount() {
        return endpoint.clientCount();
    }

    /**
     * Runs before Jetty upgrades: a refusal answers the HTTP request (401) and no socket is made. The answer is written
     * and committed here: Javalin does not write an exception mapper's body for an upgrade request.
     */
    private void authenticateUpgrade(Context ctx) {
        try {
            authenticateUpgradeOrThrow(ctx);
        } catch (ApiException e) {
            ErrorMapping.commit(ctx, e);
            throw e;
        }
    }

    private void authenticateUpgradeOrThrow(Context ctx) {
        String token = AuthContext.bearerToken(ctx);
        if (token == null) {
            String query = ctx.queryParam("access_token");
            token = query == null || query.isBlank() ? null : query.trim();
        }
        if (token == null) {
            throw ApiException.unauthorized(
                    "unauthorized", "Send a bearer token: Authorization header or access_token parameter.");
        }
        ctx.attribute(RealtimeEndpoint.USER_ATTRIBUTE, authenticator.authenticate(token));
    }

    private void databaseFlipped(boolean up) {
        broadcastStatus(up);
        if (up) {
            feed.request();
            wakeEveryPump(); // pumps behind the feed's window read the log themselves
            stations.retry();
        }
    }

    private void poll() {
        if (health.databaseUp()) {
            feed.request();
            for (ClientConnection client : endpoint.clients()) {
                client.events().retryIfWanted();
            }
            stations.retry();
        }
    }

    private void broadcastStatus(boolean databaseUp) {
        String frame = Frames.encode(new RealtimeFrame.Status(
                HealthResponse.UP, databaseUp ? HealthResponse.UP : HealthResponse.DOWN, endpoint.clientCount()));
        for (ClientConnection client : endpoint.clients()) {
            client.send(frame);
        }
    }

    private void onTimer(Runnable task) {
        try {
            timer.execute(() -> safely(task));
        } catch (RejectedExecutionException e) {
            log.debug("Realtime hub stopped; timer task dropped");
        }
    }

    /** A periodic task that throws is never run again: keep them alive. */
    private static void safely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Realtime timer task failed", e);
        }
    }

    /** Stops the timers, closes every socket (1001), writes the stations' disconnects while the database is there. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        timer.shutdownNow();
        int closedSockets = endpoint.closeAll();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (health.databaseUp()) {
            stations.writeNow();
        }
        if (closedSockets > 0) {
            log.info("Realtime hub stopped; {} socket(s) closed", closedSockets);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
