package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.ExitConflictView;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.realtime.EventNotifier;
import id.sistemparkir.server.settings.PaymentMethodSettings;
import id.sistemparkir.server.ticket.TicketKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code POST /api/v1/exits} (DESIGN §4): idempotent on the exit's id; a ticket exits once (a second exit gets 409 with
 * the first, whether the first closed the session or waits for its entry); an exit whose entry has not arrived yet
 * waits (202) and is joined when it does. An offline exit that loses (its car has gone, its money taken) is never
 * dropped: it is kept as an exit conflict for the back office and answered 409 {@code exit_conflict}.
 */
public final class ExitService {

    /** HTTP status and body of an accepted exit. */
    public record Result(int status, ExitResponse body) {}

    /** What the transaction decided: an answer, or a refusal to throw once the kept conflict is committed. */
    private record Decision(Result result, ApiException refusal) {}

    private final Jdbi jdbi;
    private final SessionRepository sessions;
    private final RequestIds requestIds;
    private final ExitApplier applier;
    private final PendingExits pending;
    private final ExitConflicts conflicts;
    private final ExitReplays replays;
    private final LaneLocks locks;
    private final LaneEvents events;
    private final SyncLog syncLog;
    private final TicketKeys ticketKeys;
    private final PaymentMethodSettings paymentMethods;
    private final EventNotifier notifier;
    private final Clock clock;

    ExitService(
            Jdbi jdbi,
            LaneStore store,
            ExitApplier applier,
            ExitReplays replays,
            TicketKeys ticketKeys,
            PaymentMethodSettings paymentMethods,
            EventNotifier notifier,
            Clock clock) {
        this.jdbi = jdbi;
        this.paymentMethods = paymentMethods;
        this.sessions = store.sessions();
        this.requestIds = store.requestIds();
        this.pending = store.pending();
        this.conflicts = store.conflicts();
        this.locks = store.locks();
        this.events = store.events();
        this.syncLog = store.syncLog();
        this.applier = applier;
        this.replays = replays;
        this.ticketKeys = ticketKeys;
        this.notifier = notifier;
        this.clock = clock;
    }

    public Result record(ExitRequest request, AuthUser caller) {
        Instant now = clock.instant();
        String station = caller.station().orElse(null);
        String rawHash = RawHashes.exit(request);
        ExitCommand exit;
        try {
            exit = validate(request, caller, now);
        } catch (ApiException invalid) {
            // A record the server already has answers as stored, whatever today's rules say of it.
            Optional<Result> stored = replays.answer(request.id(), rawHash, null, station, now);
            if (stored.isPresent()) {
                return stored.get();
            }
            syncLog.writeSeparately(request.id(), "exit", station, SyncLog.Outcome.REJECTED, invalid.getMessage(), now);
            throw invalid;
        }
        Decision decision;
        try {
            decision = jdbi.inTransaction(h -> decide(h, exit, rawHash, now));
        } catch (RequestIds.AlreadyReceived e) {
            return replays.answer(exit.id(), rawHash, exit.contentHash(), station, now)
                    .orElseThrow(() -> new IllegalStateException("request id " + exit.id() + " vanished"));
        } catch (ApiException e) {
            SyncLog.Outcome outcome = e.status() == 400 ? SyncLog.Outcome.REJECTED : SyncLog.Outcome.CONFLICT;
            syncLog.writeSeparately(exit.id(), "exit", station, outcome, e.getMessage(), now);
            throw e;
        }
        notifier.eventsCommitted();
        if (decision.refusal() != null) {
            throw decision.refusal();
        }
        if (decision.result().status() == 202 && pending.joinAfterCommit(jdbi, sessions, exit.sessionId(), now)) {
            notifier.eventsCommitted();
        }
        return decision.result();
    }

    private Decision decide(Handle h, ExitCommand exit, String rawHash, Instant now) {
        requestIds.claim(h, exit.id(), "exit", exit.contentHash(), rawHash, now);
        Optional<SessionRow> session = sessions.findById(h, exit.sessionId());
        return session.isEmpty() ? waitForEntry(h, exit, now) : closeSession(h, session.get(), exit, now);
    }

    /** The entry has not arrived: wait for it, unless another exit of the ticket already does. */
    private Decision waitForEntry(Handle h, ExitCommand exit, Instant now) {
        // Two exits of one unseen ticket at the same moment: the lock makes the second see the first.
        locks.lock(h, LaneLocks.entry(exit.sessionId()), now);
        // The entry may have been stored (and even closed by another exit) since the unlocked look: an entry takes
        // this lock too, so a locked read now sees it. Waiting anyway would answer 202 and lose at the join, with
        // the lane never told (the chaos suite once saw it).
        Optional<SessionRow> arrived = sessions.findByIdLocked(h, exit.sessionId());
        if (arrived.isPresent()) {
            return closeSession(h, arrived.get(), exit, now);
        }
        Optional<PendingExits.Waiting> first = pending.firstFor(h, exit.sessionId());
        if (first.isPresent()) {
            return lose(
                    h,
                    exit,
                    now,
                    ExitConflicts.Reason.EXIT_PENDING,
                    first.get().exit().id(),
                    first.get().response(false));
        }
        pending.insert(h, exit, now);
        syncLog.write(
                h,
                exit.id(),
                "exit",
                exit.station(),
                SyncLog.Outcome.PENDING_ENTRY,
                "waiting for entry " + exit.sessionId(),
                now);
        return new Decision(new Result(202, new PendingExits.Waiting(exit, now, null).response(false)), null);
    }

    private Decision closeSession(Handle h, SessionRow session, ExitCommand exit, Instant now) {
        // An exit that waited for this session came first (its join may not have run yet): it closes the session.
        SessionRow current = pending.joinInto(h, session, now);
        Optional<SessionRow> updated = applier.applyDirect(h, current, exit, now);
        if (updated.isPresent()) {
            syncLog.write(h, exit.id(), "exit", exit.station(), SyncLog.Outcome.CREATED, null, now);
            return new Decision(new Result(201, updated.get().exitResponse(false)), null);
        }
        // Read again, waiting for the winner's commit: another exit may have closed it between our read and our
        // update (CI once saw the loser answer 409 with the session still open, i.e. an empty "existing").
        current = sessions.findByIdLocked(h, current.id()).orElseThrow();
        if (exit.id().equals(current.exitId())) {
            // This very exit, replayed after retention removed its request id: already present.
            return new Decision(new Result(200, current.exitResponse(true)), null);
        }
        if (current.status() == SessionStatus.VOID) {
            return lose(h, exit, now, ExitConflicts.Reason.SESSION_VOID, null, null);
        }
        return lose(h, exit, now, ExitConflicts.Reason.ALREADY_EXITED, current.exitId(), current.exitResponse(false));
    }

    /**
     * Another exit has the session. Online, the car is still at the barrier: refuse, store nothing. Offline, the car
     * has gone and the money is taken: keep the exit as a conflict (committed), then refuse.
     */
    private Decision lose(
            Handle h,
            ExitCommand exit,
            Instant now,
            ExitConflicts.Reason reason,
            UUID winningExitId,
            ExitResponse existing) {
        if (!exit.offline()) {
            throw reason == ExitConflicts.Reason.SESSION_VOID
                    ? ExitRefusals.voided()
                    : ExitRefusals.alreadyExited(existing);
        }
        conflicts.record(h, exit, now, reason, winningExitId, now);
        ExitConflictView conflict = conflicts.find(h, exit.id()).orElseThrow();
        events.appendConflict(h, conflict, now);
        syncLog.write(
                h,
                exit.id(),
                "exit",
                exit.station(),
                SyncLog.Outcome.CONFLICT,
                "kept as an exit conflict (" + reason + "), the session's exit is " + winningExitId,
                now);
        return new Decision(null, ExitRefusals.keptAsConflict(conflict, existing));
    }

    private ExitCommand validate(ExitRequest request, AuthUser caller, Instant now) {
        String gate = LaneInput.gate(request.gate());
        LaneInput.deviceTime(request.exitTime(), now, "exitTime");
        String method = LaneInput.paymentMethod(request.paymentMethod(), paymentMethods.current());
        String plate = LaneInput.exitPlate(request.plate());
        LaneInput.money(request.fee(), "fee");
        LaneInput.money(request.paid(), "paid");
        String ticketCode =
                request.ticketCode() == null ? null : request.ticketCode().trim();
        UUID sessionId = request.entryId();
        if (ticketCode != null) {
            UUID ticketSession = LaneInput.sessionOf(ticketKeys, ticketCode);
            if (sessionId != null && !sessionId.equals(ticketSession)) {
                throw ApiException.badRequest(
                        "ticket_mismatch", "entryId " + sessionId + " does not belong to this ticket.");
            }
            sessionId = ticketSession;
        }
        return new ExitCommand(
                request.id(),
                sessionId,
                ticketCode,
                plate,
                gate,
                request.exitTime(),
                request.fee(),
                request.paid(),
                method,
                request.lostTicket(),
                request.offline(),
                caller.station().orElse(null),
                caller.username());
    }
}
