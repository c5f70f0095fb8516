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
        return purge(
                "SELECT id FROM request_ids WHERE received_at < :before"
                        + " AND id NOT IN (SELECT id FROM pending_exits)"
                        + " AND id NOT IN (SELECT id FROM exit_conflicts)"
                        + " ORDER BY received_at LIMIT :limit",
                "DELETE FROM request_ids WHERE id IN (<keys>) AND received_at < :before",
                before,
                limit);
    }

    public int purgeSyncLog(Instant before, int limit) {
        return purge(
                "SELECT id FROM sync_log WHERE received_at < :before ORDER BY received_at LIMIT :limit",
                "DELETE FROM sync_log WHERE id IN (<keys>) AND received_at < :before",
                before,
                limit);
    }

    public int purgeLocks(Instant before, int limit) {
        // A lock row taken again since the select is in use: the time is checked again when deleting.
        return purge(
                "SELECT lock_key FROM lane_locks WHERE locked_at < :before ORDER BY locked_at LIMIT :limit",
                "DELETE FROM lane_locks WHERE lock_key IN (<keys>) AND locked_at < :before",
                before,
                limit);
    }

    /** One batch: the keys {@code select} finds (oldest first), deleted by {@code delete}, in one transaction. */
    private int purge(String select, String delete, Instant before, int limit) {
        return jdbi.inTransaction(h -> {
            List<String> keys = h.createQuery(select)
                    .bind("before", before)
                    .bind("limit", limit)
                    .mapTo(String.class)
                    .list();
            return keys.isEmpty()
                    ? 0
                    : h.createUpdate(delete)
                            .bindList("keys", keys)
                            .bind("before", before)
                            .execute();
        });
    }
}
