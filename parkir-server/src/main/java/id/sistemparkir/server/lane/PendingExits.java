package id.sistemparkir.server.lane;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.core.json.Json;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exits that arrived before their entry (the entry is still in another lane's outbox, or the ticket is one the server
 * has never seen). They wait here and are joined to the session when it arrives, whichever order the transactions
 * commit in: inside the entry's transaction, after either side committed, on every replay of either, and by the
 * periodic sweep ({@link PendingExitSweep}). At most one exit waits per entry (DESIGN §4: a second exit of a ticket
 * gets 409 with the first); one that loses anyway is kept in {@link ExitConflicts}, never dropped.
 */
final class PendingExits {

    private static final Logger log = LoggerFactory.getLogger(PendingExits.class);

    /** A waiting exit with when the server received it and when its overdue alert went out (null: not yet). */
    record Waiting(ExitCommand exit, Instant receivedAt, Instant alertedAt) {

        /** As the 202 answer: the fee is not checked yet (the tariff needs the entry), so expected = charged. */
        ExitResponse response(boolean duplicate) {
            return new ExitResponse(
                    exit.id(),
                    exit.sessionId(),
                    exit.ticketCode(),
                    exit.plate(),
                    exit.gate(),
                    exit.exitTime(),
                    receivedAt,
                    exit.fee(),
                    exit.fee(),
                    false,
                    exit.paid(),
                    exit.paymentMethod(),
                    exit.lostTicket(),
                    exit.offline(),
                    duplicate,
                    true,
                    false);
        }
    }

    private static final String COLUMNS = "body, received_at, alerted_at";

    private final ExitApplier applier;
    private final ExitConflicts conflicts;
    private final LaneEvents events;
    private final SyncLog syncLog;

    PendingExits(ExitApplier applier, ExitConflicts conflicts, LaneEvents events, SyncLog syncLog) {
        this.applier = applier;
        this.conflicts = conflicts;
        this.events = events;
        this.syncLog = syncLog;
    }

    void insert(Handle h, ExitCommand exit, Instant receivedAt) {
        h.createUpdate("INSERT INTO pending_exits (id, ticket_code, entry_id, body, received_at)"
                        + " VALUES (:id, :ticketCode, :entryId, :body, :at)")
                .bind("id", exit.id())
                .bind("ticketCode", exit.ticketCode())
                .bind("entryId", exit.sessionId())
                .bind("body", toJson(exit))
                .bind("at", receivedAt)
                .execute();
    }

    Optional<Waiting> find(Handle h, UUID exitId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM pending_exits WHERE id = :id")
                .bind("id", exitId)
                .map(PendingExits::map)
                .findOne();
    }

    /** The exit that waits for {@code entryId} (the first, should old data hold several). */
    Optional<Waiting> firstFor(Handle h, UUID entryId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM pending_exits WHERE entry_id = :id"
                        + " ORDER BY received_at, id LIMIT 1")
                .bind("id", entryId)
                .map(PendingExits::map)
                .findOne();
    }

    /** Oldest first. */
    List<Waiting> oldest(Handle h, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM pending_exits ORDER BY received_at, id LIMIT :limit")
                .bind("limit", limit)
                .map(PendingExits::map)
                .list();
    }

    /**
     * Joins every exit waiting for {@code session}, oldest first. Each is claimed by deleting its row (row count 1 =
     * ours), so two transactions joining at once never apply one twice. An exit that cannot close the session (it was
     * closed by another exit meanwhile, or voided) is kept as a conflict with its money.
     *
     * @return the session after the joins (the same instance when nothing waited)
     */
    SessionRow joinInto(Handle h, SessionRow session, Instant now) {
        List<Waiting> waiting = h.createQuery(
                        "SELECT " + COLUMNS + " FROM pending_exits WHERE entry_id = :id ORDER BY received_at, id")
                .bind("id", session.id())
                .map(PendingExits::map)
                .list();
        SessionRow current = session;
        for (Waiting wait : waiting) {
            ExitCommand exit = wait.exit();
            int claimed = h.createUpdate("DELETE FROM pending_exits WHERE id = :id")
                    .bind("id", exit.id())
                    .execute();
            if (claimed != 1) {
                continue;
            }
            Optional<SessionRow> joined = applier.joinWaiting(h, current, exit, now);
            if (joined.isPresent()) {
                current = joined.get();
                syncLog.write(
                        h,
                        exit.id(),
                        "exit",
                        exit.station(),
                        SyncLog.Outcome.JOINED,
                        "joined to its entry " + session.id(),
                        now);
            } else {
                keepAsConflict(h, current, wait, now);
            }
        }
        return current;
    }

    private void keepAsConflict(Handle h, SessionRow session, Waiting wait, Instant now) {
        ExitCommand exit = wait.exit();
        ExitConflicts.Reason reason = session.status() == SessionStatus.VOID
                ? ExitConflicts.Reason.SESSION_VOID
                : ExitConflicts.Reason.ALREADY_EXITED;
        log.warn(
                "Exit {} waited for session {} which had already {} (exit {}); kept as an exit conflict",
                exit.id(),
                session.id(),
                reason == ExitConflicts.Reason.SESSION_VOID ? "been voided" : "exited",
                session.exitId());
        conflicts.record(h, exit, wait.receivedAt(), reason, session.exitId(), now);
        events.appendConflict(h, conflicts.find(h, exit.id()).orElseThrow(), now);
        syncLog.write(
                h,
                exit.id(),
                "exit",
                exit.station(),
                SyncLog.Outcome.CONFLICT,
                "kept as an exit conflict (" + reason + "): the session had closed through exit " + session.exitId()
                        + "; fee " + exit.fee() + " paid " + exit.paid() + " at " + exit.gate(),
                now);
    }

    /**
     * Joins, in a transaction of its own, exits that wait for {@code sessionId}: called after an entry or exit
     * committed, on replays and by the sweep. An entry and its exit committing at the same moment each miss the other
     * inside their transactions (READ COMMITTED); whichever commits last sees the other here. Costs one indexed read
     * when nothing waits, outside any transaction.
     *
     * @return true when an exit was joined or kept as a conflict (events were appended)
     */
    boolean joinAfterCommit(Jdbi jdbi, SessionRepository sessions, UUID sessionId, Instant now) {
        // Read first without a transaction (one statement, where nothing waits: the usual case); the transaction
        // then claims each waiting row by deleting it, so a row seen here and joined by someone else is skipped.
        long waiting =
                jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) AS waiting FROM pending_exits WHERE entry_id = :id")
                        .bind("id", sessionId)
                        .mapTo(Long.class)
                        .one());
        if (waiting == 0) {
            return false;
        }
        return jdbi.inTransaction(h -> {
            Optional<SessionRow> session = sessions.findById(h, sessionId);
            if (session.isEmpty()) {
                return false;
            }
            joinInto(h, session.get(), now);
            return true;
        });
    }

    private static Waiting map(ResultSet rs, StatementContext ctx) throws SQLException {
        var instants = ctx.findColumnMapperFor(Instant.class).orElseThrow();
        return new Waiting(
                fromJson(rs.getString("body")),
                instants.map(rs, "received_at", ctx),
                instants.map(rs, "alerted_at", ctx));
    }

    private static String toJson(ExitCommand exit) {
        try {
            return Json.mapper().writeValueAsString(exit);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExitCommand fromJson(String body) {
        try {
            return Json.lenientMapper().readValue(body, ExitCommand.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
