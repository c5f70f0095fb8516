package id.sistemparkir.server.lane;

import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Row locks for decisions a plain read cannot make under READ COMMITTED: "is there another ACTIVE entry of this
 * plate?" and "does an exit already wait for this unseen entry?". The row to lock may not exist yet, and READ
 * COMMITTED takes no gap locks, so two transactions would both read "none". Each first upserts its key in {@code
 * lane_locks}; the row lock, held to commit, makes the second wait, and its read then sees the first one's rows.
 *
 * <p>An upsert, not {@code SELECT ... FOR UPDATE}: it creates the row when missing, and on MariaDB it takes the
 * exclusive lock at once (an {@code INSERT IGNORE} on a duplicate takes a shared one, and two shared holders
 * upgrading deadlock). The counter makes the update a real change on H2 too. One statement per decision.
 */
final class LaneLocks {

    /** Waits until no other transaction holds {@code key}; held by the caller's transaction until it ends. */
    void lock(Handle h, String key, Instant at) {
        h.createUpdate("INSERT INTO lane_locks (lock_key, uses, locked_at) VALUES (:key, 1, :at)"
                        + " ON DUPLICATE KEY UPDATE uses = uses + 1, locked_at = :at")
                .bind("key", key)
                .bind("at", at)
                .execute();
    }

    static String plate(String normalizedPlate) {
        return "plate:" + normalizedPlate;
    }

    static String shortCode(String canonical) {
        return "short:" + canonical;
    }

    static String entry(UUID entryId) {
        return "entry:" + entryId;
    }
}
