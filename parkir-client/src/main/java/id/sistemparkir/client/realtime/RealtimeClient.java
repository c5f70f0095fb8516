package id.sistemparkir.client.realtime;

import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.core.contract.RealtimeFrame;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's end of the realtime channel (DESIGN §5): keeps a {@code /ws} socket open, resumes the event stream
 * from the last processed {@code seq}, and tells {@link RealtimeListener}s what happens.
 *
 * <ul>
 *   <li>Connects with {@code Authorization: Bearer <token>} (the supplier is asked at every attempt); on {@code hello}
 *       subscribes since the seq saved in the {@link SeqStore} and sends a {@code station} heartbeat, then one every
 *       {@link RealtimeOptions#heartbeatInterval()} with the current pending-offline count.
 *   <li>Events reach listeners in order, once: an event whose seq is not above the last one (a replay overlap) is
 *       dropped. The seq is saved after the listeners handled it, so a crash replays events, never skips them.
 *   <li>A drop is reported at once ({@code onDisconnected}); a server that stops answering is noticed by a {@code
 *       ping} without {@code pong}. Then it reconnects with exponential backoff and jitter, for as long as it is open.
 *   <li>A refused token (401 at the upgrade) is passed to the {@linkplain #setUnauthorizedHandler unauthorized
 *       handler} (e.g. {@code AuthSession::renew}) before the next attempt.
 * </ul>
 *
 * Timers and listener calls run on the given scheduler (which this class never shuts down); socket I/O on the JDK
 * HTTP client's threads. Thread-safe.
 */
public final class RealtimeClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RealtimeClient.class);

    /**
     * Who this client is, for the {@code station} heartbeat (DESIGN §5).
     *
     * @param station the station code; {@code null} sends no heartbeat (e.g. a back-office tool)
     * @param app e.g. {@code ParkingIN}
     * @param pendingOffline the number of records waiting in the station's offline store now
     */
    public record StationInfo(String station, String app, IntSupplier pendingOffline) {
        public StationInfo {
            Objects.requireNonNull(pendingOffline, "pendingOffline");
        }
    }

    private final ServerEndpoint endpoint;
    private final EventSequence sequence;
    private final StationInfo station;
    private final Clock clock;
    private final SafeScheduler scheduler;
    private final RealtimeOptions options;
    private final SocketOpener opener;
    private final Backoff backoff;
    private final List<RealtimeListener> listeners = new CopyOnWriteArrayList<>();
    private final InboundQueue inbound;
    private final SocketConnection.Handler socketHandler = new SocketHandler();
    private final AtomicLong attempts = new AtomicLong();

    private final Object lock = new Object();
    private RealtimeState state = RealtimeState.IDLE; // guarded by lock
    private SocketConnection current; // guarded by lock
    private ScheduledFuture<?> pingTimer; // guarded by lock
    private ScheduledFuture<?> heartbeatTimer; // guarded by lock
    private ScheduledFuture<?> reconnectTimer; // guarded by lock
    private boolean downAnnounced; // guarded by lock
    private Instant downSince; // guarded by lock
    private String refusedToken; // guarded by lock

    /** Serialises connect/disconnect/status notifications, so a stale status can never follow a disconnect. */
    private final Object notifyLock = new Object();

    private volatile Consumer<String> unauthorizedHandler = refused -> {};

    public RealtimeClient(
            ServerEndpoint endpoint,
            Supplier<String> token,
            SeqStore seqStore,
            StationInfo station,
            Clock clock,
            ScheduledExecutorService scheduler) {
        this(endpoint, token, seqStore, station, clock, scheduler, RealtimeOptions.DEFAULTS);
    }

    public RealtimeClient(
            ServerEndpoint endpoint,
            Supplier<String> token,
            SeqStore seqStore,
            StationInfo station,
            Clock clock,
            ScheduledExecutorService scheduler,
            RealtimeOptions options) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.sequence = new EventSequence(Objects.requireNonNull(seqStore, "seqStore"));
        this.station = Objects.requireNonNull(station, "station");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = new SafeScheduler(Objects.requireNonNull(scheduler, "scheduler"));
        this.options = Objects.requireNonNull(options, "options");
        this.opener =
                new SocketOpener(endpoint, ServerApi.defaultClient(endpoint), Objects.requireNonNull(token, "token"));
        this.backoff =
                new Backoff(options.initialBackoff(), options.maxBackoff(), options.jitter(), RealtimeClient::random);
        this.inbound = new InboundQueue(scheduler, this::handle, sequence::save);
    }

    public void addListener(RealtimeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Called (on the scheduler, before the next attempt) with a token the server refused at the upgrade. */
    public void setUnauthorizedHandler(Consumer<String> handler) {
        this.unauthorizedHandler = Objects.requireNonNull(handler, "handler");
    }

    /** Loads the saved seq and connects in the background; keeps reconnecting until {@link #close()}. */
    public void start() {
        synchronized (lock) {
            if (state != RealtimeState.IDLE) {
                throw new IllegalStateException("the realtime client was already started");
            }
        }
        long saved = sequence.load();
        log.info("Realtime client for {} starting after seq {}", endpoint.webSocketUri(), saved);
        scheduler.execute(this::connect);
    }

    /** Subscribed and streaming (hello received, socket open). */
    public boolean connected() {
        return state() == RealtimeState.LIVE;
    }

    public RealtimeState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** The seq of the last event the listeners handled. */
    public long lastSeq() {
        return sequence.lastSeq();
    }

    /** Sends the {@code station} heartbeat now (e.g. when the pending-offline count changed); no-op unless live. */
    public void sendHeartbeat() {
        SocketConnection connection;
        synchronized (lock) {
            connection = state == RealtimeState.LIVE ? current : null;
        }
        if (connection == null || station.station() == null || station.station().isBlank()) {
            return;
        }
        int pending;
        try {
            pending = Math.max(0, station.pendingOffline().getAsInt());
        } catch (RuntimeException e) {
            log.warn("Heartbeat skipped: the pending-offline count is not available ({})", e.toString());
            return;
        }
        connection.send(new RealtimeFrame.Station(station.station(), station.app(), pending));
    }

    /** Closes the socket and stops reconnecting. Events not yet handled are replayed by the next client. */
    @Override
    public void close() {
        SocketConnection connection;
        synchronized (lock) {
            if (!move(RealtimeState.CLOSED)) {
                return;
            }
            cancelTimers();
            SafeScheduler.cancel(reconnectTimer);
            connection = current;
            current = null;
        }
        inbound.clear();
        if (connection != null) {
            connection.close();
        }
        log.info("Realtime client closed (last seq {})", sequence.lastSeq());
    }

    private void connect() {
        SocketConnection connection;
        String refused;
        synchronized (lock) {
            if (!move(RealtimeState.CONNECTING)) {
                return; // closed meanwhile
            }
            connection = new SocketConnection(attempts.incrementAndGet(), socketHandler);
            current = connection;
            refused = refusedToken;
            refusedToken = null;
        }
        if (refused != null) {
            SafeScheduler.runSafely("unauthorized handler", () -> unauthorizedHandler.accept(refused));
        }
        opener.open(connection, this::tokenRefused);
    }

    private void tokenRefused(String refused) {
        synchronized (lock) {
            refusedToken = refused;
        }
    }

    private void opened(SocketConnection connection) {
        boolean stale;
        synchronized (lock) {
            stale = connection != current || !move(RealtimeState.AWAITING_HELLO);
            if (!stale) {
                long every = options.pingInterval().toMillis();
                pingTimer = scheduler.every(() -> ping(connection), every);
                long patience = every + options.pongTimeout().toMillis();
                scheduler.schedule(() -> expectHello(connection, patience), patience);
            }
        }
        if (stale) {
            connection.close();
        }
    }

    /** A server that accepts the socket but never says hello is as good as gone. */
    private void expectHello(SocketConnection connection, long patienceMillis) {
        boolean waiting;
        synchronized (lock) {
            waiting = connection == current && state == RealtimeState.AWAITING_HELLO;
        }
        if (waiting) {
            connection.fail("no hello within " + patienceMillis + " ms");
        }
    }

    private void ping(SocketConnection connection) {
        if (connection.ended()) {
            return;
        }
        long ping = connection.ping();
        long timeout = options.pongTimeout().toMillis();
        scheduler.schedule(
                () -> {
                    if (!connection.ended() && connection.pongsReceived() < ping) {
                        connection.fail("no pong within " + timeout + " ms");
                    }
                },
                timeout);
    }

    private void handle(InboundQueue.Inbound inbound) {
        if (state() == RealtimeState.CLOSED) {
            return; // not handled, so not saved: the next client gets it again
        }
        RealtimeFrame frame = inbound.frame();
        if (frame instanceof RealtimeFrame.Event event) {
            event(event);
        } else if (frame instanceof RealtimeFrame.Hello hello) {
            hello(inbound.from(), hello);
        } else if (frame instanceof RealtimeFrame.Status status) {
            synchronized (notifyLock) {
                if (liveOn(inbound.from())) {
                    notifyListeners("status", listener -> listener.onStatus(status));
                }
            }
        } else if (frame instanceof RealtimeFrame.Resync resync) {
            log.warn(
                    "The server's event log no longer holds every event after seq {} (kept only after {});"
                            + " reloading, then continuing after seq {}",
                    sequence.lastSeq(),
                    resync.purgedThrough(),
                    resync.seq());
            sequence.resyncAt(resync.seq(), () -> notifyListeners("resync", listener -> listener.onResync(resync)));
        } else if (frame instanceof RealtimeFrame.ErrorFrame error) {
            log.warn("The realtime server refused a frame: {} ({})", error.error(), error.message());
        } else {
            log.debug("Ignoring a {} frame", frame.getClass().getSimpleName());
        }
    }

    private void hello(SocketConnection connection, RealtimeFrame.Hello hello) {
        Instant wasDownSince;
        synchronized (lock) {
            if (connection != current || !move(RealtimeState.LIVE)) {
                return;
            }
            downAnnounced = false;
            wasDownSince = downSince;
            downSince = null;
            long every = options.heartbeatInterval().toMillis();
            heartbeatTimer = scheduler.every(this::sendHeartbeat, every);
        }
        backoff.reset();
        long since = sequence.lastSeq();
        if (hello.seq() < since) {
            log.warn(
                    "The server's latest event is seq {} but this station already processed up to {}"
                            + " (database down at the server, or restored?); waiting for events after {}",
                    hello.seq(),
                    since,
                    since);
        }
        connection.send(new RealtimeFrame.Subscribe(since));
        sendHeartbeat();
        log.info(
                "Realtime connected ({}): server at seq {}, resuming after {}{}",
                connection,
                hello.seq(),
                since,
                downFor(wasDownSince));
        synchronized (notifyLock) {
            if (liveOn(connection)) {
                notifyListeners("hello", listener -> listener.onConnected(hello));
            }
        }
    }

    private void event(RealtimeFrame.Event event) {
        sequence.accept(event, () -> notifyListeners("event " + event.seq(), listener -> listener.onEvent(event)));
    }

    private void lost(SocketConnection connection, String reason) {
        boolean announce;
        boolean wasLive;
        Duration delay;
        synchronized (lock) {
            RealtimeState previous = state;
            if (connection != current || !move(RealtimeState.BACKING_OFF)) {
                return;
            }
            wasLive = previous == RealtimeState.LIVE;
            cancelTimers();
            current = null;
            announce = !downAnnounced;
            downAnnounced = true;
            if (downSince == null) {
                downSince = clock.instant();
            }
            delay = backoff.next();
            reconnectTimer = scheduler.schedule(this::connect, delay.toMillis());
        }
        if (wasLive) {
            log.warn("Realtime connection lost: {}; reconnecting in {} ms", reason, delay.toMillis());
        } else if (announce) {
            log.info("Realtime not connected: {}; retrying in {} ms (with backoff)", reason, delay.toMillis());
        } else {
            log.debug("Realtime {} failed: {}; next attempt in {} ms", connection, reason, delay.toMillis());
        }
        if (announce) {
            synchronized (notifyLock) {
                notifyListeners("disconnect", listener -> listener.onDisconnected(reason));
            }
        }
    }

    private boolean liveOn(SocketConnection connection) {
        synchronized (lock) {
            return state == RealtimeState.LIVE && current == connection;
        }
    }

    /** Moves the state if the transition is allowed; the caller holds {@code lock}. */
    private boolean move(RealtimeState target) {
        if (!state.canMoveTo(target)) {
            return false;
        }
        state = target;
        return true;
    }

    private void cancelTimers() {
        SafeScheduler.cancel(pingTimer);
        SafeScheduler.cancel(heartbeatTimer);
        pingTimer = null;
        heartbeatTimer = null;
    }

    private void notifyListeners(String what, Consumer<RealtimeListener> call) {
        for (RealtimeListener listener : listeners) {
            SafeScheduler.runSafely("listener on " + what, () -> call.accept(listener));
        }
    }

    private String downFor(Instant since) {
        return since == null
                ? ""
                : "; it was down for "
                        + Duration.between(since, clock.instant()).toSeconds() + " s";
    }

    /** Uniform in [0, 1), from the calling thread's generator. */
    private static double random() {
        return ThreadLocalRandom.current().nextDouble();
    }

    /** The socket's callbacks, kept off the public API. */
    private final class SocketHandler implements SocketConnection.Handler {
        @Override
        public void opened(SocketConnection connection) {
            RealtimeClient.this.opened(connection);
        }

        @Override
        public void received(SocketConnection connection, RealtimeFrame frame) {
            inbound.add(connection, frame);
        }

        @Override
        public void lost(SocketConnection connection, String reason) {
            RealtimeClient.this.lost(connection, reason);
        }
    }
}
