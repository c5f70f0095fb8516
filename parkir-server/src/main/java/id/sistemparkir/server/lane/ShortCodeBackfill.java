package id.sistemparkir.server.lane;

import id.sistemparkir.core.ticket.ShortCode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the ACTIVE sessions stored before schema V7 their short code (SQL cannot compute it from the id on both
 * databases). Runs at start-up; a no-op once done. Sessions that already left keep none: a short code only ever
 * finds a vehicle inside.
 */
final class ShortCodeBackfill {

    private static final Logger log = LoggerFactory.getLogger(ShortCodeBackfill.class);
    private static final int BATCH = 500;

    private final SessionRepository sessions;
    private final LaneLocks locks;

    ShortCodeBackfill(SessionRepository sessions, LaneLocks locks) {
        this.sessions = sessions;
        this.locks = locks;
    }

    void run(Jdbi jdbi, Instant now) {
        int filled = 0;
        List<UUID> batch;
        do {
            batch = jdbi.withHandle(h -> h.createQuery("SELECT id FROM parking_sessions WHERE short_code IS NULL"
                            + " AND status = 'ACTIVE' ORDER BY id LIMIT :limit")
                    .bind("limit", BATCH)
                    .map((rs, ctx) -> UUID.fromString(rs.getString("id").trim()))
                    .list());
            for (UUID id : batch) {
                jdbi.useTransaction(h -> {
                    String code = ShortCode.of(id);
                    locks.lock(h, LaneLocks.shortCode(code), now);
                    boolean held = sessions.shortCodeHeld(h, code, id);
                    h.createUpdate("UPDATE parking_sessions SET short_code = :code, active_short_code = :active"
                                    + " WHERE id = :id AND short_code IS NULL AND status = 'ACTIVE'")
                            .bind("code", code)
                            .bind("active", held ? null : code)
                            .bind("id", id)
                            .execute();
                });
            }
            filled += batch.size();
        } while (batch.size() == BATCH);
        if (filled > 0) {
            log.info("Gave {} vehicles inside their short code", filled);
        }
    }
}
