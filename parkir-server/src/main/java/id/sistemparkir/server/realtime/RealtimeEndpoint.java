package id.sistemparkir.server.realtime;

import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.text.Excerpt;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.health.DatabaseHealth;
import io.javalin.websocket.WsBinaryMessageContext;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsErrorContext;
import io.javalin.websocket.WsMessageContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /ws} socket callbacks (on Jetty's threads) and the open connections: hello on connect, the client frames
 * ({@code subscribe}, {@code station}, {@code ping}), and the station bookkeeping on close. The socket is already
 * authenticated: {@link RealtimeHub} refuses the upgrade otherwise and leaves the user in {@link #USER_ATTRIBUTE}.
 */
final class RealtimeEndpoint {

    private static final Logger log = LoggerFactory.getLogger(RealtimeEndpoint.class);

    static final String USER_ATTRIBUTE = "parkir.realtime.user";

    private final EventLog eventLog;
    private final DatabaseHealth health;
    private final StationRegistry stations;
    private final Clock clock;
    private final ClientConnection.Setup setup;
    private final Map<String, ClientConnection> clients = new ConcurrentHashMap<>();

    private volatile long lastKnownSeq;
    private volatile boolean stopping;

    RealtimeEndpoint(
            EventLog eventLog,
            DatabaseHealth health,
            StationRegistry stations,
            Clock clock,
            ClientConnection.Setup setup) {
        this.eventLog = eventLog;
        this.health = health;
        this.stations = stations;
        this.clock = clock;
        this.setup = setup;
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::onConnect);
        ws.onMessage(this::onMessage);
        ws.onBinaryMessage(this::onBinaryMessage);
        ws.onClose(this::onClose);
        ws.onError(this::onError);
    }

    Collection<ClientConnection> clients() {
        return clients.values();
    }

    int clientCount() {
        return clients.size();
    }

    /** Reads the latest seq for the hellos to come (at start; later hellos read it themselves while the database is up). */
    void refreshLatestSeq() {
        lastKnownSeq = readLatestSeq();
    }

    /** Refuses new sockets, closes the open ones (1001) and records their stations as disconnected. */
    int closeAll() {
        stopping = true;
        List<ClientConnection> open = List.copyOf(clients.values());
        for (ClientConnection client : open) {
            clients.remove(client.id());
            releaseStation(client.station());
            client.close(StatusCode.SHUTDOWN, "server stopping");
        }
        return open.size();
    }

    private void onConnect(WsConnectContext ctx) {
        AuthUser user = ctx.attribute(USER_ATTRIBUTE);
        if (user == null || stopping) { // no user cannot happen through the upgrade hook; refuse rather than trust
            ctx.closeSession(StatusCode.POLICY_VIOLATION, stopping ? "server stopping" : "unauthorized");
            return;
        }
        ctx.session.setMaxTextMessageSize(RealtimeHub.MAX_FRAME_BYTES);
        ctx.session.setMaxBinaryMessageSize(RealtimeHub.MAX_FRAME_BYTES);
        ClientConnection client = new ClientConnection(ctx.sessionId(), user, ctx.session, setup);
        client.send(Frames.encode(new RealtimeFrame.Hello(helloSeq(), clock.instant())));
        clients.put(client.id(), client); // after the hello: no status or event can come before it
        log.info("Realtime client connected: {} ({} connected)", client.describe(), clients.size());
    }

    private void onMessage(WsMessageContext ctx) {
        ClientConnection client = clients.get(ctx.sessionId());
        if (client == null) {
            return;
        }
        RealtimeFrame frame;
        try {
            frame = Frames.decodeClientFrame(ctx.message());
        } catch (Frames.BadFrameException e) {
            log.debug("Bad frame from {}: {}", client.describe(), e.getMessage());
            client.send(Frames.error(e.error(), e.getMessage()));
            return;
        }
        if (frame instanceof RealtimeFrame.Subscribe subscribe) {
            subscribe(client, subscribe.since());
        } else if (frame instanceof RealtimeFrame.Station station) {
            heartbeat(client, station);
        } else {
            client.send(Frames.PONG);
        }
    }

    private void onBinaryMessage(WsBinaryMessageContext ctx) {
        ClientConnection client = clients.get(ctx.sessionId());
        if (client != null) {
            client.send(Frames.error("bad_frame", "Binary frames are not part of the protocol; send JSON text."));
        }
    }

    private void onClose(WsCloseContext ctx) {
        ClientConnection client = clients.remove(ctx.sessionId());
        if (client == null) {
            return;
        }
        client.stop();
        releaseStation(client.station());
        log.info(
                "Realtime client disconnected: {} (close {} {}; {} connected)",
                client.describe(),
                ctx.status(),
                ctx.reason() == null ? "" : ctx.reason(),
                clients.size());
    }

    private void onError(WsErrorContext ctx) {
        ClientConnection client = clients.get(ctx.sessionId());
        log.debug(
                "Realtime socket error ({}): {}",
                client == null ? ctx.sessionId() : client.describe(),
                String.valueOf(ctx.error()));
    }

    private void subscribe(ClientConnection client, long since) {
        if (client.events().subscribe(since)) {
            log.debug("{} subscribed since seq {}", client.describe(), since);
        } else {
            client.send(Frames.error(
                    "already_subscribed", "This connection is already subscribed; reconnect to start over."));
        }
    }

    /**
     * A heartbeat counts only for the station the socket's token logged in as (issue 9): a login without a station
     * sends none, and one socket never speaks for another station.
     */
    private void heartbeat(ClientConnection client, RealtimeFrame.Station frame) {
        Optional<String> loggedInAs = client.user().station();
        if (loggedInAs.isEmpty() || !loggedInAs.get().equals(frame.station())) {
            log.debug("Refused heartbeat of {} for station {}", client.describe(), Excerpt.of(frame.station()));
            client.send(Frames.error(
                    "wrong_station",
                    loggedInAs.isEmpty()
                            ? "This login has no station: log in with the station code to send heartbeats."
                            : "This socket logged in as station " + loggedInAs.get()
                                    + "; heartbeats for other stations are refused."));
            return;
        }
        StationView previous = client.station();
        StationView current = new StationView(
                frame.station(),
                frame.app(),
                clock.instant(),
                frame.pendingOffline(),
                true,
                client.username(),
                frame.needsAttention());
        client.station(current);
        stations.update(current);
        if (previous == null || !previous.code().equals(current.code())) {
            log.info("Realtime client {} is station {} ({})", client.describe(), current.code(), current.app());
            releaseStation(previous);
        }
    }

    /** A socket no longer speaks for {@code station}: disconnected, unless another open socket does. */
    private void releaseStation(StationView station) {
        if (station == null) {
            return;
        }
        boolean stillConnected =
                clients.values().stream().anyMatch(other -> station.code().equals(other.stationCode()));
        if (!stillConnected) {
            stations.update(station.disconnectedAt(clock.instant()));
        }
    }

    /** The latest seq, without waiting on a database known to be down (then: the last one known). */
    private long helloSeq() {
        if (health.databaseUp()) {
            lastKnownSeq = readLatestSeq();
        }
        return lastKnownSeq;
    }

    private long readLatestSeq() {
        try {
            return eventLog.latestSeq();
        } catch (RuntimeException e) {
            log.debug("Latest seq unavailable, using {}: {}", lastKnownSeq, e.toString());
            return lastKnownSeq;
        }
    }
}
