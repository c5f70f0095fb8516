package id.sistemparkir.server.realtime;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The durable, gap-free event log behind the realtime protocol (DESIGN §5).
 *
 * <p>{@code seq} is allocated from the single row of {@code event_sequence} inside the producing
 * transaction. The row lock taken by the increment is held until that transaction ends, so sequence
 * numbers are committed strictly in order: a reader never sees N+1 without N, and a rolled-back
 * transaction gives its number back (no gap). The price is that event-producing transactions serialise on
 * that row; append as the LAST statement of the transaction to keep the lock short. The increment and the read of
 * the new value are one statement, so the lock is held for one round trip, the event's insert and the commit
 * (decision 0027).
 */
public final class EventLog {
    private record Age(long seq, Instant createdAt) {}

    private final Jdbi jdbi;
    /** Which statement allocates a seq: known from the first connection (one database per log). */
    private volatile Boolean h2;

    public EventLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Appends an event inside the caller's transaction and returns its {@code seq}.
     *
     * @throws IllegalStateException when {@code handle} is not in a transaction (the lock would be released
     *     before the event is written, and order would no longer match commit order)
     */
    public long append(Handle handle, String eventType, String payloadJson, Instant at) {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(at, "at");
        if (!handle.isInTransaction()) {
            throw new IllegalStateException("EventLog.append must run inside the producing transaction");
        }
        long seq = nextSeq(handle);
        handle.createUpdate("INSERT INTO event_log (seq, event_type, payload, created_at)"
                        + " VALUES (:seq, :eventType, :payload, :createdAt)")
                .bind("seq", seq)
                .bind("eventType", eventType)
                .bind("payload", payloadJson)
                .bind("createdAt", at)
                .execute();
        return seq;
    }

    /**
     * Increments the counter and returns the new value in one round trip: on MariaDB/MySQL the value travels back as
     * the statement's {@code LAST_INSERT_ID} (in the OK packet, read as its generated key; per connection, so no other
     * transaction's value); on H2 as the {@code FINAL TABLE} of the update.
     */
    private long nextSeq(Handle handle) {
        Optional<Long> seq;
        if (isH2(handle)) {
            seq = handle.createQuery("SELECT last_seq FROM FINAL TABLE"
                            + " (UPDATE event_sequence SET last_seq = last_seq + 1 WHERE id = 1)")
                    .mapTo(Long.class)
                    .findOne();
        } else {
            seq = handle.createUpdate("UPDATE event_sequence SET last_seq = LAST_INSERT_ID(last_seq + 1) WHERE id = 1")
                    .executeAndReturnGeneratedKeys()
                    .map((rs, ctx) -> rs.getLong(1))
                    .findFirst()
                    .filter(value -> value > 0);
        }
        return seq.orElseThrow(
                () -> new IllegalStateException("event_sequence row is missing: the schema is not migrated"));
    }

    private boolean isH2(Handle handle) {
        Boolean known = h2;
        if (known == null) {
            try {
                known = "H2"
                        .equalsIgnoreCase(handle.getConnection().getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is", e);
            }
            h2 = known;
        }
        return known;
    }

    /** Up to {@code limit} events with {@code seq > since}, in {@code seq} order. */
    public List<StoredEvent> readSince(long since, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT seq, event_type, payload, created_at"
                        + " FROM event_log WHERE seq > :since ORDER BY seq LIMIT :limit")
                .bind("since", since)
                .bind("limit", limit)
                .map((rs, ctx) -> new StoredEvent(
                        rs.getLong("seq"),
                        rs.getString("event_type"),
                        rs.getString("payload"),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "created_at", ctx)))
                .list());
    }

    /**
     * Deletes the oldest events created before {@code cutoff}, at most {@code limit}, and raises the horizon ({@code
     * event_log_horizon.purged_through}) to the last one in the same transaction: a pump that finds the hole finds
     * the reason with it and tells its client to resync (see {@link EventPump}).
     *
     * @return how many were deleted
     */
    public int purgeOlderThan(Instant cutoff, int limit) {
        return jdbi.inTransaction(handle -> {
            List<Age> oldest = handle.createQuery("SELECT seq, created_at FROM event_log ORDER BY seq LIMIT :limit")
                    .bind("limit", limit)
                    .map((rs, ctx) -> new Age(
                            rs.getLong("seq"),
                            ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "created_at", ctx)))
                    .list();
            long through = -1;
            for (Age event : oldest) {
                if (!event.createdAt().isBefore(cutoff)) {
                    break; // seq order is commit order; stop at the first one young enough to keep
                }
                through = event.seq();
            }
            if (through < 0) {
                return 0;
            }
            handle.createUpdate("UPDATE event_log_horizon SET purged_through = :through"
                            + " WHERE id = 1 AND purged_through < :through")
                    .bind("through", through)
                    .execute();
            return handle.createUpdate("DELETE FROM event_log WHERE seq <= :through")
                    .bind("through", through)
                    .execute();
        });
    }

    /** Every seq up to this one may have been removed by retention; 0 when nothing ever was. */
    public long purgedThrough() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT purged_through FROM event_log_horizon WHERE id = 1")
                .mapTo(Long.class)
                .one());
    }

    /** The highest committed {@code seq}, 0 when no event was ever appended. */
    public long latestSeq() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT last_seq FROM event_sequence WHERE id = 1")
                .mapTo(Long.class)
                .one());
    }
}
