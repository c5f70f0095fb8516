package id.sistemparkir.server.station;

import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.AuthUser;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last-seen of stations from their authenticated HTTP calls (command-line lanes send no heartbeats): the station comes
 * from the caller's login. Every call only updates memory; {@link #flush()} writes the latest call per station to
 * {@code stations} (run every few seconds), so a busy lane costs no extra write per request.
 */
public final class CallTracker {

    private static final Logger log = LoggerFactory.getLogger(CallTracker.class);

    // ON DUPLICATE KEY UPDATE: MariaDB/MySQL, and H2 in MySQL mode. Only the call columns: heartbeats own the rest.
    private static final String UPSERT = "INSERT INTO stations (code, pending_offline, connected, last_call_at,"
            + " last_call_user) VALUES (:code, 0, FALSE, :at, :user)"
            + " ON DUPLICATE KEY UPDATE last_call_at = VALUES(last_call_at), last_call_user = VALUES(last_call_user)";

    /** The last call seen from a station. */
    public record Call(String user, Instant at) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<String, Call> unwritten = new ConcurrentHashMap<>();

    public CallTracker(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A before-handler for {@code /api/*}, registered after the access filter; never fails a request. */
    public void seen(Context ctx) {
        AuthContext.find(ctx).ifPresent(this::seen);
    }

    void seen(AuthUser user) {
        user.station().ifPresent(station -> unwritten.put(station, new Call(user.username(), clock.instant())));
    }

    /** Calls not yet written, by station. */
    Map<String, Call> unwritten() {
        return Map.copyOf(unwritten);
    }

    /** Writes the latest call of each station; what fails stays for the next flush. */
    public void flush() {
        for (Map.Entry<String, Call> entry : List.copyOf(unwritten.entrySet())) {
            try {
                jdbi.useHandle(h -> h.createUpdate(UPSERT)
                        .bind("code", entry.getKey())
                        .bind("at", entry.getValue().at())
                        .bind("user", entry.getValue().user())
                        .execute());
            } catch (RuntimeException e) {
                log.debug("Station calls wait in memory: {}", e.toString());
                return;
            }
            unwritten.remove(entry.getKey(), entry.getValue()); // unless a newer call came in meanwhile
        }
    }
}
