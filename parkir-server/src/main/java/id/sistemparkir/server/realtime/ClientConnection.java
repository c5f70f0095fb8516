package id.sistemparkir.server.realtime;

import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.health.DatabaseHealth;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open {@code /ws} socket: who is on it, its ordered outgoing frames ({@link FrameSender}), its event stream
 * ({@link EventPump}) and the station it last said it was.
 */
final class ClientConnection {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);

    /** What every connection shares. */
    record Setup(
            EventLog eventLog,
            EventFeed feed,
            DatabaseHealth health,
            Executor executor,
            int batchSize,
            Duration gapPatience,
            int maxQueuedFrames) {}

    private final String id;
    private final AuthUser user;
    private final Session session;
    private final String remote;
    private final FrameSender out;
    private final EventPump events;

    private volatile StationView station;

    ClientConnection(String id, AuthUser user, Session session, Setup setup) {
        this.id = id;
        this.user = user;
        this.session = session;
        this.remote = String.valueOf(session.getRemoteSocketAddress());
        this.out = new FrameSender(
                (text, written, failed) -> session.sendText(text, Callback.from(written, failed)),
                setup.maxQueuedFrames(),
                this::drained,
                this::broken);
        this.events = new EventPump(
                setup.eventLog(),
                setup.feed(),
                setup.health(),
                out,
                setup.executor(),
                setup.batchSize(),
                setup.gapPatience(),
                user.actor() + " (" + remote + ")");
    }

    String id() {
        return id;
    }

    /** Who logged in on this socket. */
    AuthUser user() {
        return user;
    }

    String username() {
        return user.username();
    }

    EventPump events() {
        return events;
    }

    void send(String frame) {
        out.send(frame);
    }

    /** The last heartbeat, or null before the first. */
    StationView station() {
        return station;
    }

    String stationCode() {
        StationView current = station;
        return current == null ? null : current.code();
    }

    void station(StationView heartbeat) {
        station = heartbeat;
    }

    /** Stops sending (the socket is closing or closed). */
    void stop() {
        out.close();
    }

    /** Stops sending and asks the peer to close; Jetty then reports the close as for any other. */
    void close(int status, String reason) {
        stop();
        try {
            session.close(status, reason, Callback.NOOP);
        } catch (RuntimeException e) {
            log.debug("Closing the socket of {} failed: {}", describe(), e.toString());
        }
    }

    /** For logs: {@code user@station from address}. */
    String describe() {
        String stationCode = stationCode();
        String who = stationCode != null ? user.username() + "@" + stationCode : user.actor();
        return who + " from " + remote;
    }

    private void drained() {
        events.onDrained();
    }

    private void broken(String reason) {
        if (session.isOpen()) {
            log.info("Dropping realtime client {}: {}", describe(), reason);
        } else {
            log.debug("Realtime client {} already gone: {}", describe(), reason);
        }
        close(StatusCode.POLICY_VIOLATION, "client too slow or unreachable");
    }
}
