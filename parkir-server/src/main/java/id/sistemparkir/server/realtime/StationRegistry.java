package id.sistemparkir.server.realtime;

import id.sistemparkir.server.health.DatabaseHealth;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code stations} table, fed by heartbeats and disconnects. Updates are written in the background, latest state
 * per station; while the database is down they wait in memory (only the latest per station) and are written when it
 * is back. A heartbeat never waits for the database and never fails a socket.
 */
final class StationRegistry {

    private static final Logger log = LoggerFactory.getLogger(StationRegistry.class);

    // ON DUPLICATE KEY UPDATE: MariaDB/MySQL, and H2 in MySQL mode.
    private static final String UPSERT = "INSERT INTO stations"
            + " (code, app, last_seen, pending_offline, connected, operator, needs_attention)"
            + " VALUES (:code, :app, :lastSeen, :pendingOffline, :connected, :operator, :needsAttention)"
            + " ON DUPLICATE KEY UPDATE app = VALUES(app), last_seen = VALUES(last_seen),"
            + " pending_offline = VALUES(pending_offline), connected = VALUES(connected),"
            + " operator = VALUES(operator), needs_attention = VALUES(needs_attention)";

    private final Jdbi jdbi;
    private final DatabaseHealth health;
    private final SerialRunner writer;

    /** The latest state of each station not yet in the table. */
    private final Map<String, StationView> unwritten = new ConcurrentHashMap<>();

    private volatile boolean failing;

    StationRegistry(Jdbi jdbi, DatabaseHealth health, Executor executor) {
        this.jdbi = jdbi;
        this.health = health;
        this.writer = new SerialRunner(executor, this::writePending, "station writer");
    }

    /**
     * A station of an earlier run of this server may still say "connected" (the process died without closing its
     * sockets). Best effort: a failure only logs.
     */
    void markAllDisconnected() {
        try {
            int rows = jdbi.withHandle(h -> h.execute("UPDATE stations SET connected = FALSE WHERE connected = TRUE"));
            if (rows > 0) {
                log.info("{} station(s) left connected by an earlier run marked disconnected", rows);
            }
        } catch (RuntimeException e) {
            log.warn("Could not reset the stations' connected flags: {}", e.toString());
        }
    }

    void update(StationView station) {
        unwritten.put(station.code(), station);
        writer.request();
    }

    /** Tries again to write what is waiting (called by the poll and when the database is back). */
    void retry() {
        if (!unwritten.isEmpty()) {
            writer.request();
        }
    }

    /** Writes what is waiting on the calling thread (at shutdown, after the background writer stopped). */
    void writeNow() {
        writePending();
    }

    /** The table, with the updates not yet written laid over it; by code. */
    List<StationView> list() {
        Map<String, StationView> byCode = new TreeMap<>();
        jdbi.withHandle(h -> h.createQuery("SELECT code, app, last_seen, pending_offline, connected, operator,"
                                + " needs_attention FROM stations WHERE last_seen IS NOT NULL")
                        .map((rs, ctx) -> new StationView(
                                rs.getString("code"),
                                rs.getString("app"),
                                ctx.findColumnMapperFor(Instant.class)
                                        .orElseThrow()
                                        .map(rs, "last_seen", ctx),
                                rs.getInt("pending_offline"),
                                rs.getBoolean("connected"),
                                rs.getString("operator"),
                                rs.getObject("needs_attention", Integer.class)))
                        .list())
                .forEach(station -> byCode.put(station.code(), station));
        byCode.putAll(unwritten);
        return List.copyOf(byCode.values());
    }

    private void writePending() {
        if (unwritten.isEmpty() || !health.databaseUp()) {
            return;
        }
        for (StationView station : List.copyOf(unwritten.values())) {
            try {
                jdbi.useHandle(h -> h.createUpdate(UPSERT)
                        .bind("code", station.code())
                        .bind("app", station.app())
                        .bind("lastSeen", station.lastSeen())
                        .bind("pendingOffline", station.pendingOffline())
                        .bind("connected", station.connected())
                        .bind("operator", station.operator())
                        .bind("needsAttention", station.needsAttention())
                        .execute());
            } catch (RuntimeException e) {
                if (!failing) {
                    failing = true;
                    log.warn("Station updates wait in memory, the database refused them: {}", e.toString());
                }
                return;
            }
            unwritten.remove(station.code(), station); // unless a newer state came in meanwhile
        }
        if (failing) {
            failing = false;
            log.info("Station updates written again");
        }
    }
}
