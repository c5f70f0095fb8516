package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.ExitConflictView;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.realtime.EventNotifier;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Answers an exit whose id the server already has, as stored: waiting (202), closed its session (200), or kept as a
 * conflict (409 {@code exit_conflict}), each with {@code duplicate: true}. A waiting exit whose entry is there by now
 * is joined first (the join after the first commit may never have run).
 *
 * <p>The places an exit can be are read waiting-first: a join moves an exit from {@code pending_exits} into its
 * session in one commit, so "not waiting" read before "not in a session" could straddle a join and wrongly answer
 * that the ticket exited through another exit. Read the other way round, a miss in {@code pending_exits} means the
 * join (or the conflict) committed before the next read.
 */
final class ExitReplays {

    private final Jdbi jdbi;
    private final LaneStore store;
    private final EventNotifier notifier;

    ExitReplays(Jdbi jdbi, LaneStore store, EventNotifier notifier) {
        this.jdbi = jdbi;
        this.store = store;
        this.notifier = notifier;
    }

    /**
     * @param bodyHash the validated hash, null when the request does not validate under today's rules
     * @return the stored answer; empty when the id is not stored, or when it is but the request did not validate and
     *     the stored record (received before raw hashes were kept) cannot be compared with it
     * @throws ApiException 409 {@code id_conflict} when the id holds another record, 409 {@code exit_conflict} when
     *     the stored exit is a kept conflict
     */
    Optional<ExitService.Result> answer(UUID exitId, String rawHash, String bodyHash, String station, Instant now) {
        Optional<RequestIds.Stored> stored =
                jdbi.withHandle(h -> store.requestIds().find(h, exitId));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        RequestIds.Match match = RequestIds.match(stored.get(), "exit", rawHash, bodyHash);
        if (match == RequestIds.Match.UNKNOWN) {
            return Optional.empty();
        }
        try {
            if (match == RequestIds.Match.DIFFERENT) {
                throw ApiException.conflict(
                        "id_conflict", "A different record with id " + exitId + " was already received.", null);
            }
            ExitService.Result result = asStored(exitId, now);
            store.syncLog().writeSeparately(exitId, "exit", station, SyncLog.Outcome.ALREADY_PRESENT, null, now);
            return Optional.of(result);
        } catch (ApiException e) {
            store.syncLog().writeSeparately(exitId, "exit", station, SyncLog.Outcome.CONFLICT, e.getMessage(), now);
            throw e;
        }
    }

    private ExitService.Result asStored(UUID exitId, Instant now) {
        Optional<PendingExits.Waiting> waiting =
                jdbi.withHandle(h -> store.pending().find(h, exitId));
        if (waiting.isPresent()) {
            UUID sessionId = waiting.get().exit().sessionId();
            if (store.pending().joinAfterCommit(jdbi, store.sessions(), sessionId, now)) {
                notifier.eventsCommitted();
            }
            waiting = jdbi.withHandle(h -> store.pending().find(h, exitId));
            if (waiting.isPresent()) {
                return new ExitService.Result(202, waiting.get().response(true));
            }
        }
        Optional<SessionRow> closed = jdbi.withHandle(h -> store.sessions().findByExitId(h, exitId));
        if (closed.isPresent()) {
            return new ExitService.Result(200, closed.get().exitResponse(true));
        }
        Optional<ExitConflictView> conflict =
                jdbi.withHandle(h -> store.conflicts().find(h, exitId));
        if (conflict.isPresent()) {
            throw ExitRefusals.keptAsConflict(
                    conflict.get(), winnerOf(conflict.get().entryId()));
        }
        // Received before version 2, when a losing exit was only written to the sync log.
        throw ApiException.conflict(
                "already_exited", "Exit " + exitId + " was received but another exit closed its session.", null);
    }

    /** The exit that holds the session now: the one that closed it, or the one waiting for its entry. */
    private ExitResponse winnerOf(UUID sessionId) {
        return jdbi.withHandle(h -> {
            Optional<SessionRow> session = store.sessions().findById(h, sessionId);
            if (session.isPresent() && session.get().exitId() != null) {
                return session.get().exitResponse(false);
            }
            return store.pending()
                    .firstFor(h, sessionId)
                    .map(w -> w.response(false))
                    .orElse(null);
        });
    }
}
