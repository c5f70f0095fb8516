package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.EntryResponse;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.text.FieldRule;
import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.core.ticket.SignedTicket;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.realtime.EventNotifier;
import id.sistemparkir.server.tariff.TariffRepository;
import id.sistemparkir.server.ticket.TicketKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code POST /api/v1/entries} (DESIGN §4): stores a vehicle's entry exactly once (idempotent on the lane's id), issues
 * or verifies its signed ticket, flags a second ACTIVE entry of one plate, and joins an exit that arrived first. A record
 * the server already has answers as stored (200, {@code duplicate: true}) whatever today's rules say of it.
 */
public final class EntryService {

    /** HTTP status and body of an accepted entry. */
    public record Result(int status, EntryResponse body) {}

    private final Jdbi jdbi;
    private final SessionRepository sessions;
    private final RequestIds requestIds;
    private final PendingExits pending;
    private final LaneLocks locks;
    private final LaneEvents events;
    private final SyncLog syncLog;
    private final TariffRepository tariffs;
    private final TicketKeys ticketKeys;
    private final EventNotifier notifier;
    private final Clock clock;

    EntryService(
            Jdbi jdbi,
            LaneStore store,
            TariffRepository tariffs,
            TicketKeys ticketKeys,
            EventNotifier notifier,
            Clock clock) {
        this.jdbi = jdbi;
        this.sessions = store.sessions();
        this.requestIds = store.requestIds();
        this.pending = store.pending();
        this.locks = store.locks();
        this.events = store.events();
        this.syncLog = store.syncLog();
        this.tariffs = tariffs;
        this.ticketKeys = ticketKeys;
        this.notifier = notifier;
        this.clock = clock;
    }

    public Result record(EntryRequest request, AuthUser caller) {
        Instant now = clock.instant();
        String station = caller.station().orElse(null);
        String rawHash = RawHashes.entry(request);
        NewEntry entry;
        try {
            entry = validate(request, caller, now);
        } catch (ApiException invalid) {
            Optional<Result> stored = answerStored(request.id(), rawHash, null, station, now);
            if (stored.isPresent()) {
                return stored.get();
            }
            syncLog.writeSeparately(
                    request.id(), "entry", station, SyncLog.Outcome.REJECTED, invalid.getMessage(), now);
            throw invalid;
        }
        String hash = contentHash(entry);
        try {
            SessionRow stored = jdbi.inTransaction(h -> {
                requestIds.claim(h, entry.id(), "entry", hash, rawHash, now);
                // Two entries of one plate (or one short code) at the same moment: the locks make the second see the
                // first. One statement for both locks and one for every check (decision 0027).
                String shortCode = ShortCode.of(entry.id());
                locks.lockAll(h, now, LaneLocks.plate(entry.plate().normalized()), LaneLocks.shortCode(shortCode));
                Checks checks = checks(h, entry.plate().normalized(), shortCode, entry.id());
                // The short code: the lock keeps the unique active_short_code from ever being raced.
                NewEntry flagged =
                        entry.withSuspectedDuplicate(checks.plateActive()).withShortCodeShared(checks.shortCodeHeld());
                insert(h, flagged);
                SessionRow session = sessions.findById(h, entry.id()).orElseThrow();
                syncLog.write(h, entry.id(), "entry", station, SyncLog.Outcome.CREATED, null, now);
                // vehicle.entered first, then (if an exit waited) vehicle.exited: the order a lane expects. The event
                // is the last statement when no exit waits, so event_sequence stays locked for the shortest time.
                events.append(h, EventNames.VEHICLE_ENTERED, session, now);
                if (checks.exitWaiting()) {
                    pending.joinInto(h, session, now);
                }
                return session;
            });
            pending.joinAfterCommit(jdbi, sessions, entry.id(), now);
            notifier.eventsCommitted();
            return new Result(201, stored.entryResponse(false));
        } catch (RequestIds.AlreadyReceived e) {
            return answerStored(entry.id(), rawHash, hash, station, now)
                    .orElseThrow(() -> ApiException.conflict(
                            "id_conflict", "Ticket " + entry.ticketCode() + " belongs to another entry.", null));
        }
    }

    /** What the entry's transaction reads once its locks are held. */
    private record Checks(boolean plateActive, boolean shortCodeHeld, boolean exitWaiting) {}

    /**
     * In one statement: another ACTIVE entry of the plate (the duplicate flag), another session holding the short code,
     * and an exit already waiting for this entry (joined in this transaction; one that commits meanwhile is joined
     * after the commit by {@link PendingExits#joinAfterCommit}).
     */
    private static Checks checks(Handle h, String plate, String shortCode, UUID id) {
        return h.createQuery("SELECT"
                        + " (SELECT COUNT(*) FROM parking_sessions WHERE plate = :plate AND status = 'ACTIVE'"
                        + " AND id <> :id) AS plate_active,"
                        + " (SELECT COUNT(*) FROM parking_sessions WHERE active_short_code = :code AND id <> :id)"
                        + " AS code_held,"
                        + " (SELECT COUNT(*) FROM pending_exits WHERE entry_id = :id) AS exits_waiting")
                .bind("plate", plate)
                .bind("code", shortCode)
                .bind("id", id)
                .map((rs, ctx) -> new Checks(
                        rs.getLong("plate_active") > 0, rs.getLong("code_held") > 0, rs.getLong("exits_waiting") > 0))
                .one();
    }

    /** The session row is the record itself: a replay after retention removed its request id still finds it. */
    private void insert(Handle h, NewEntry entry) {
        try {
            sessions.insertEntry(h, entry);
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new RequestIds.AlreadyReceived();
            }
            throw e;
        }
    }

    private NewEntry validate(EntryRequest request, AuthUser caller, Instant now) {
        Plate plate = LaneInput.plate(request.plate(), request.nonStandardPlate());
        String gate = LaneInput.gate(request.gate());
        Instant entryTime = LaneInput.deviceTime(request.entryTime(), now, "entryTime");
        String ticketCode;
        SignedTicket signed;
        if (request.ticketCode() == null || request.ticketCode().isBlank()) {
            // Issued here with the server's own key (station SERVER, never revoked): no ring read, no second check.
            TicketSigner server = ticketKeys.serverSigner();
            ticketCode = server.sign(new TicketData(request.id(), gate, request.vehicleType(), entryTime));
            signed = server.issued(ticketCode, TicketKeyDto.SERVER);
        } else {
            ticketCode = LaneInput.text(FieldRule.TICKET_CODE, request.ticketCode(), "ticketCode");
            signed = LaneInput.ticket(ticketKeys, ticketCode);
            TicketData ticket = signed.data();
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
                signed,
                plate,
                request.vehicleType(),
                gate,
                entryTime,
                now,
                request.offline(),
                caller.station().orElse(null),
                caller.username(),
                false,
                tariffVersion,
                false);
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

    /**
     * The stored answer for an id the server has; empty when it has none, or cannot compare (see {@link
     * RequestIds.Match#UNKNOWN}). A waiting exit of the session is joined first: its join may never have run.
     *
     * @param hash the validated hash, null when the request does not validate under today's rules
     */
    private Optional<Result> answerStored(UUID id, String rawHash, String hash, String station, Instant now) {
        Optional<RequestIds.Stored> previous = jdbi.withHandle(h -> requestIds.find(h, id));
        boolean sessionStored = jdbi.withHandle(h -> sessions.findById(h, id)).isPresent();
        RequestIds.Match match = previous.map(p -> RequestIds.match(p, "entry", rawHash, hash))
                .orElse(sessionStored ? RequestIds.Match.SAME : RequestIds.Match.UNKNOWN);
        if (match == RequestIds.Match.UNKNOWN) {
            return Optional.empty();
        }
        if (match == RequestIds.Match.DIFFERENT || !sessionStored) {
            ApiException conflict = ApiException.conflict(
                    "id_conflict", "A different record with id " + id + " was already received.", null);
            syncLog.writeSeparately(id, "entry", station, SyncLog.Outcome.CONFLICT, conflict.getMessage(), now);
            throw conflict;
        }
        if (pending.joinAfterCommit(jdbi, sessions, id, now)) {
            notifier.eventsCommitted();
        }
        SessionRow session = jdbi.withHandle(h -> sessions.findById(h, id)).orElseThrow();
        syncLog.writeSeparately(id, "entry", station, SyncLog.Outcome.ALREADY_PRESENT, null, now);
        return Optional.of(new Result(200, session.entryResponse(true)));
    }
}
