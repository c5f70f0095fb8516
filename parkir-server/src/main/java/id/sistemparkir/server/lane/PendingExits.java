package id.sistemparkir.server.lane;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.json.Json;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exits that arrived before their entry (the entry is still in another lane's outbox). They wait here and are joined
 * to the session when it arrives, whichever order the two transactions commit in.
 */
final class PendingExits {

    private static final Logger log = LoggerFactory.getLogger(PendingExits.class);

    private final ExitApplier applier;
    private final SyncLog syncLog;

    PendingExits(ExitApplier applier, SyncLog syncLog) {
        this.applier = applier;
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

    Optional<ExitCommand> find(Handle h, UUID exitId) {
        return h.createQuery("SELECT body FROM pending_exits WHERE id = :id")
                .bind("id", exitId)
                .mapTo(String.class)
                .findOne()
                .map(PendingExits::fromJson);
    }

    /**
     * Joins every exit waiting for {@code session}. Each is claimed by deleting its row (row count 1 = ours), so two
     * transactions joining at once never apply one twice. The second exit of a ticket cannot win: it is logged as a
     * conflict for the back office.
     *
     * @return the session after the joins (unchanged when nothing waited)
     */
    SessionRow joinInto(Handle h, SessionRow session, Instant now) {
        List<String> bodies = h.createQuery(
                        "SELECT body FROM pending_exits WHERE entry_id = :id ORDER BY received_at, id")
                .bind("id", session.id())
                .mapTo(String.class)
                .list();
        SessionRow current = session;
        for (String body : bodies) {
            ExitCommand exit = fromJson(body);
            int claimed = h.createUpdate("DELETE FROM pending_exits WHERE id = :id")
                    .bind("id", exit.id())
                    .execute();
            if (claimed != 1) {
                continue;
            }
            Optional<SessionRow> joined = applier.apply(h, current, exit, now);
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
                log.warn(
                        "Exit {} waited for session {} which had already exited through {}",
                        exit.id(),
                        session.id(),
                        current.exitId());
                syncLog.write(
                        h,
                        exit.id(),
                        "exit",
                        exit.station(),
                        SyncLog.Outcome.CONFLICT,
                        "the ticket had already exited through exit " + current.exitId() + "; fee " + exit.fee()
                                + " paid " + exit.paid() + " at " + exit.gate(),
                        now);
            }
        }
        return current;
    }

    /**
     * Joins, in a transaction of its own, exits that wait for {@code sessionId} — called by both sides after they
     * committed. An entry and its exit committing at the same moment each miss the other inside their transactions
     * (READ COMMITTED); whichever commits last sees the other here, so no exit is left waiting forever.
     *
     * @return true when an exit was joined (events were appended)
     */
    boolean joinAfterCommit(Jdbi jdbi, SessionRepository sessions, UUID sessionId, Instant now) {
        return jdbi.inTransaction(h -> {
            long waiting = h.createQuery("SELECT COUNT(*) FROM pending_exits WHERE entry_id = :id")
                    .bind("id", sessionId)
                    .mapTo(Long.class)
                    .one();
            if (waiting == 0) {
                return false;
            }
            return sessions.findById(h, sessionId)
                    .map(session -> joinInto(h, session, now) != session)
                    .orElse(false);
        });
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
