package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.EntryResponse;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.text.FieldRule;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.realtime.EventNotifier;
import id.sistemparkir.server.tariff.TariffRepository;
import id.sistemparkir.server.ticket.TicketKeys;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code POST /api/v1/entries} (DESIGN §4): stores a vehicle's entry exactly once (idempotent on the lane's id), issues
 * or verifies its signed ticket, flags a second ACTIVE entry of one plate, and joins an exit that arrived first.
 */
public final class EntryService {

    /** HTTP status and body of an accepted entry. */
    public record Result(int status, EntryResponse body) {}

    private final Jdbi jdbi;
    private final SessionRepository sessions;
    private final RequestIds requestIds;
    private final PendingExits pending;
    private final LaneEvents events;
    private final SyncLog syncLog;
    private final TariffRepository tariffs;
    private final TicketKeys ticketKeys;
    private final EventNotifier notifier;
    private final Clock clock;

    EntryService(
            Jdbi jdbi,
            SessionRepository sessions,
            RequestIds requestIds,
            PendingExits pending,
            LaneEvents events,
            SyncLog syncLog,
            TariffRepository tariffs,
            TicketKeys ticketKeys,
            EventNotifier notifier,
            Clock clock) {
        this.jdbi = jdbi;
        this.sessions = sessions;
        this.requestIds = requestIds;
        this.pending = pending;
        this.events = events;
        this.syncLog = syncLog;
        this.tariffs = tariffs;
        this.ticketKeys = ticketKeys;
        this.notifier = notifier;
        this.clock = clock;
    }

    public Result record(EntryRequest request, AuthUser caller) {
        Instant now = clock.instant();
        String station = caller.station().orElse(null);
        NewEntry entry;
        try {
            entry = validate(request, caller, now);
        } catch (ApiException e) {
            syncLog.writeSeparately(request.id(), "entry", station, SyncLog.Outcome.REJECTED, e.getMessage(), now);
            throw e;
        }
        String hash = contentHash(entry);
        try {
            SessionRow stored = jdbi.inTransaction(h -> {
                requestIds.claim(h, entry.id(), "entry", hash, now);
                NewEntry flagged = entry.withSuspectedDuplicate(
                        sessions.otherActiveWithPlate(h, entry.plate().normalized(), entry.id()));
                sessions.insertEntry(h, flagged);
                SessionRow session = sessions.findById(h, entry.id()).orElseThrow();
                syncLog.write(h, entry.id(), "entry", station, SyncLog.Outcome.CREATED, null, now);
                // vehicle.entered first, then (if an exit waited) vehicle.exited: the order a lane expects.
                events.append(h, EventNames.VEHICLE_ENTERED, session, now);
                pending.joinInto(h, session, now);
                return session;
            });
            pending.joinAfterCommit(jdbi, sessions, entry.id(), now);
            notifier.eventsCommitted();
            return new Result(201, stored.entryResponse(false));
        } catch (RequestIds.AlreadyReceived e) {
            return replay(entry, hash, station, now);
        }
    }

    private NewEntry validate(EntryRequest request, AuthUser caller, Instant now) {
        Plate plate = LaneInput.plate(request.plate(), request.nonStandardPlate());
        String gate = LaneInput.gate(request.gate());
        Instant entryTime = LaneInput.deviceTime(request.entryTime(), now, "entryTime");
        String ticketCode;
        if (request.ticketCode() == null || request.ticketCode().isBlank()) {
            ticketCode = ticketKeys.signer().sign(new TicketData(request.id(), gate, request.vehicleType(), entryTime));
        } else {
            ticketCode = LaneInput.text(FieldRule.TICKET_CODE, request.ticketCode(), "ticketCode");
            TicketData ticket = LaneInput.ticket(ticketKeys.signer(), ticketCode);
            boolean matches = ticket.ticketId().equals(request.id())
                    && ticket.gate().equals(gate)
                    && ticket.vehicleType() == request.vehicleType()
                    && ticket.entryTime().getEpochSecond() == entryTime.getEpochSecond();
            if (!matches) {
                throw ApiException.badRequest(
                        "ticket_mismatch", "The ticket code does not match this entry's id, gate, class or time.");
            }
        }
        int tariffVersion = tariffs.schedule().inForceAt(entryTime).version();
        return new NewEntry(
                request.id(),
                ticketCode,
                plate,
                request.vehicleType(),
                gate,
                entryTime,
                now,
                request.offline(),
                caller.station().orElse(null),
                caller.username(),
                false,
                tariffVersion);
    }

    /**
     * What makes an entry this entry. Not the offline flag (a lane that timed out online and then sends the same
     * record from its outbox is replaying, not conflicting), nor the ticket code when the server issued it.
     */
    private static String contentHash(NewEntry entry) {
        return RequestIds.hash(
                "entry",
                entry.id(),
                entry.plate().normalized(),
                entry.vehicleType(),
                entry.gate(),
                entry.entryTime().toEpochMilli());
    }

    private Result replay(NewEntry entry, String hash, String station, Instant now) {
        try {
            SessionRow stored = jdbi.inTransaction(h -> {
                RequestIds.Stored previous = requestIds.find(h, entry.id()).orElseThrow();
                if (!previous.kind().equals("entry") || !previous.bodyHash().equals(hash)) {
                    throw ApiException.conflict(
                            "id_conflict", "A different record with id " + entry.id() + " was already received.", null);
                }
                return sessions.findById(h, entry.id()).orElseThrow();
            });
            syncLog.writeSeparately(entry.id(), "entry", station, SyncLog.Outcome.ALREADY_PRESENT, null, now);
            return new Result(200, stored.entryResponse(true));
        } catch (ApiException e) {
            syncLog.writeSeparately(entry.id(), "entry", station, SyncLog.Outcome.CONFLICT, e.getMessage(), now);
            throw e;
        }
    }
}
