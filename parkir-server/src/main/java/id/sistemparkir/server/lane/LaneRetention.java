package id.sistemparkir.server.lane;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes old lane bookkeeping, one batch per call (its own transaction): request ids, sync log lines, lock rows.
 * A request id stays while its exit waits ({@code pending_exits}) or is kept as a conflict: a replay must find it.
 * Past retention, entries and closed exits are still recognised as replays by their session row (its id, its
 * {@code exit_id}), so a late replay is answered "already present", never applied twice.
 */
public final class LaneRetention {

    private final Jdbi jdbi;

    LaneRetention(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @return how many were deleted (fewer than {@code limit}: nothing older is left) */
    public int purgeRequestIds(Instant before, int limit) {
        return jdbi.inTransaction(h -> {
            List<String> ids = h.createQuery("SELECT id FROM request_ids WHERE received_at < :before"
                            + " AND id NOT IN (SELECT id FROM pending_exits)"
                            + " AND id NOT IN (SELECT id FROM exit_conflicts)"
                            + " ORDER BY received_at LIMIT :limit")
                    .bind("before", before)
                    .bind("limit", limit)
                    .mapTo(String.class)
                    .list();
            return ids.isEmpty()
                    ? 0
                    : h.createUpdate("DELETE FROM request_ids WHERE id IN (<ids>)")
                            .bindList("ids", ids)
                            .execute();
        });
    }

    public int purgeSyncLog(Instant before, int limit) {
        return jdbi.inTransaction(h -> {
            List<Long> ids = h.createQuery(
                            "SELECT id FROM sync_log WHERE received_at < :before ORDER BY received_at LIMIT :limit")
                    .bind("before", before)
                    .bind("limit", limit)
                    .mapTo(Long.class)
                    .list();
            return ids.isEmpty()
                    ? 0
                    : h.createUpdate("DELETE FROM sync_log WHERE id IN (<ids>)")
                            .bindList("ids", ids)
                            .execute();
        });
    }

    public int purgeLocks(Instant before, int limit) {
        return jdbi.inTransaction(h -> {
            List<String> keys = h.createQuery(
                            "SELECT lock_key FROM lane_locks WHERE locked_at < :before ORDER BY locked_at LIMIT :limit")
                    .bind("before", before)
                    .bind("limit", limit)
                    .mapTo(String.class)
                    .list();
            // The time is checked again: a lock taken meanwhile is in use.
            return keys.isEmpty()
                    ? 0
                    : h.createUpdate("DELETE FROM lane_locks WHERE lock_key IN (<keys>) AND locked_at < :before")
                            .bindList("keys", keys)
                            .bind("before", before)
                            .execute();
        });
    }
}
