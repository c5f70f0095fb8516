package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.realtime.EventNotifier;
import id.sistemparkir.server.ticket.TicketKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code POST /api/v1/exits} (DESIGN §4): idempotent on the exit's id; a ticket exits once (a second exit gets 409 with
 * the first); an exit whose entry has not arrived yet waits (202) and is joined when it does.
 */
public final class ExitService {

    /** HTTP status and body of an accepted exit. */
    public record Result(int status, ExitResponse body) {}

    private final Jdbi jdbi;
    private final SessionRepository sessions;
    private final RequestIds requestIds;
    private final ExitApplier applier;
    private final PendingExits pending;
    private final SyncLog syncLog;
    private final TicketKeys ticketKeys;
    private final EventNotifier notifier;
    private final Clock clock;

    ExitService(
            Jdbi jdbi,
            SessionRepository sessions,
            RequestIds requestIds,
            ExitApplier applier,
            PendingExits pending,
            SyncLog syncLog,
            TicketKeys ticketKeys,
            EventNotifier notifier,
            Clock clock) {
        this.jdbi = jdbi;
        this.sessions = sessions;
        this.requestIds = requestIds;
        this.applier = applier;
        this.pending = pending;
        this.syncLog = syncLog;
        this.ticketKeys = ticketKeys;
        this.notifier = notifier;
        this.clock = clock;
    }

    public Result record(ExitRequest request, AuthUser caller) {
        Instant now = clock.instant();
        String station = caller.station().orElse(null);
        ExitCommand exit;
        try {
            exit = validate(request, caller, now);
        } catch (ApiException e) {
            syncLog.writeSeparately(request.id(), "exit", station, SyncLog.Outcome.REJECTED, e.getMessage(), now);
            throw e;
        }
        try {
            Result result = jdbi.inTransaction(h -> {
                requestIds.claim(h, exit.id(), "exit", exit.contentHash(), now);
                Optional<SessionRow> session = sessions.findById(h, exit.sessionId());
                if (session.isEmpty()) {
                    pending.insert(h, exit, now);
                    syncLog.write(
                            h,
                            exit.id(),
                            "exit",
                            station,
                            SyncLog.Outcome.PENDING_ENTRY,
                            "waiting for entry " + exit.sessionId(),
                            now);
                    return new Result(202, pendingResponse(exit, now, false));
                }
                SessionRow updated = applier.apply(h, session.get(), exit, now)
                        .orElseThrow(() -> alreadyExited(h, exit.sessionId()));
                syncLog.write(h, exit.id(), "exit", station, SyncLog.Outcome.CREATED, null, now);
                return new Result(201, updated.exitResponse(false));
            });
            notifier.eventsCommitted();
            if (result.status() == 202 && pending.joinAfterCommit(jdbi, sessions, exit.sessionId(), now)) {
                notifier.eventsCommitted();
            }
            return result;
        } catch (RequestIds.AlreadyReceived e) {
            try {
                return replay(exit, station, now);
            } catch (ApiException conflict) {
                syncLog.writeSeparately(
                        exit.id(), "exit", station, SyncLog.Outcome.CONFLICT, conflict.getMessage(), now);
                throw conflict;
            }
        } catch (ApiException e) {
            syncLog.writeSeparately(exit.id(), "exit", station, SyncLog.Outcome.CONFLICT, e.getMessage(), now);
            throw e;
        }
    }

    private ExitCommand validate(ExitRequest request, AuthUser caller, Instant now) {
        String gate = LaneInput.gate(request.gate());
        LaneInput.deviceTime(request.exitTime(), now, "exitTime");
        String method = LaneInput.paymentMethod(request.paymentMethod());
        String plate = LaneInput.exitPlate(request.plate());
        LaneInput.money(request.fee(), "fee");
        LaneInput.money(request.paid(), "paid");
        String ticketCode =
                request.ticketCode() == null ? null : request.ticketCode().trim();
        UUID sessionId = request.entryId();
        if (ticketCode != null) {
            TicketData ticket = LaneInput.ticket(ticketKeys.signer(), ticketCode);
            if (sessionId != null && !sessionId.equals(ticket.ticketId())) {
                throw ApiException.badRequest(
                        "ticket_mismatch", "entryId " + sessionId + " does not belong to this ticket.");
            }
            sessionId = ticket.ticketId();
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

    private Result replay(ExitCommand exit, String station, Instant now) {
        Result result = jdbi.inTransaction(h -> {
            RequestIds.Stored stored = requestIds.find(h, exit.id()).orElseThrow();
            if (!stored.kind().equals("exit") || !stored.bodyHash().equals(exit.contentHash())) {
                throw ApiException.conflict(
                        "id_conflict", "A different record with id " + exit.id() + " was already received.", null);
            }
            Optional<SessionRow> byExit = sessions.findByExitId(h, exit.id());
            if (byExit.isPresent()) {
                return new Result(200, byExit.get().exitResponse(true));
            }
            if (pending.find(h, exit.id()).isPresent()) {
                return new Result(202, pendingResponse(exit, now, true));
            }
            throw alreadyExited(h, exit.sessionId());
        });
        syncLog.writeSeparately(exit.id(), "exit", station, SyncLog.Outcome.ALREADY_PRESENT, null, now);
        return result;
    }

    private ApiException alreadyExited(org.jdbi.v3.core.Handle h, UUID sessionId) {
        SessionRow session = sessions.findById(h, sessionId).orElseThrow();
        if (session.status() == SessionStatus.VOID) {
            return ApiException.conflict("session_void", "This parking session was voided by the back office.", null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "already_exited");
        body.put("message", "This ticket already exited at " + session.exitGate() + " (" + session.exitTime() + ").");
        body.put("existing", session.exitResponse(false));
        return ApiException.conflict("already_exited", (String) body.get("message"), body);
    }

    private static ExitResponse pendingResponse(ExitCommand exit, Instant receivedAt, boolean duplicate) {
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
                true);
    }
}
