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
 * upgrading deadlock). The counter makes the update a real change on H2 too. One statement for all of an entry's
 * decisions ({@link #lockAll}).
 */
final class LaneLocks {

    /** Waits until no other transaction holds {@code key}; held by the caller's transaction until it ends. */
    void lock(Handle h, String key, Instant at) {
        lockAll(h, at, key);
    }

    /**
     * {@link #lock} for several keys in one statement (one round trip), taken in the order given: callers that lock
     * the same keys pass them in the same order (plate before short code), as they would with one call each.
     */
    void lockAll(Handle h, Instant at, String... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("no lock key");
        }
        StringBuilder sql = new StringBuilder("INSERT INTO lane_locks (lock_key, uses, locked_at) VALUES ");
        for (int i = 0; i < keys.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(:key").append(i).append(", 1, :at)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE uses = uses + 1, locked_at = :at");
        var update = h.createUpdate(sql.toString()).bind("at", at);
        for (int i = 0; i < keys.length; i++) {
            update.bind("key" + i, keys[i]);
        }
        update.execute();
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
