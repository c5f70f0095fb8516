package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.contract.FeeQuoteResponse;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.tariff.FeeQuote;
import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.ticket.TicketKeys;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Read-only lane lookups: a ticket's session, vehicles inside by plate prefix, a fee quote. */
public final class LaneQueries {

    public static final int MAX_INSIDE = 5000;

    private static final int MAX_SHORT_CODE_CANDIDATES = 20;

    private final Jdbi jdbi;
    private final SessionRepository sessions;
    private final ExpectedFee expectedFee;
    private final TicketKeys ticketKeys;

    LaneQueries(Jdbi jdbi, SessionRepository sessions, ExpectedFee expectedFee, TicketKeys ticketKeys) {
        this.jdbi = jdbi;
        this.sessions = sessions;
        this.expectedFee = expectedFee;
        this.ticketKeys = ticketKeys;
    }

    /** The session of a full ticket code, or of a typed short code when exactly one vehicle inside has it. */
    public SessionView ticket(String ticketCode) {
        Optional<String> shortCode = ShortCode.parse(ticketCode);
        if (shortCode.isEmpty()) {
            return find(sessionIdOf(ticketCode)).view();
        }
        List<SessionView> candidates = insideByShortCode(shortCode.get(), MAX_SHORT_CODE_CANDIDATES);
        if (candidates.isEmpty()) {
            throw ApiException.notFound(
                    "unknown_ticket", "No vehicle inside has the short code " + shortCode.get() + ".");
        }
        if (candidates.size() > 1) {
            throw ApiException.conflict(
                    "ambiguous_short_code",
                    candidates.size() + " vehicles inside have the short code " + shortCode.get()
                            + ": list them with GET /api/v1/vehicles/inside?shortCode= and choose one.",
                    null);
        }
        return candidates.get(0);
    }

    /**
     * ACTIVE sessions whose ticket has the typed short code, newest first, with whether an entry photo exists: one,
     * or several after a collision (the operator chooses).
     */
    public List<SessionView> insideByShortCode(String typed, int limit) {
        String canonical = ShortCode.parse(typed)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid_short_code",
                        "A short code is 8 characters of 0-9 and A-Z without U, e.g. K7QM-4XTP."));
        checkLimit(limit);
        return withPhotos(jdbi.withHandle(h -> sessions.activeByShortCode(h, canonical, limit)));
    }

    public List<SessionView> inside(String platePrefix, int limit) {
        return inside(platePrefix, limit, null);
    }

    /**
     * @param afterId when given, a page of the sessions in id order after this id (the nil UUID for the first page),
     *     so that a lane can load every vehicle inside, however many; else the newest entries first
     */
    public List<SessionView> inside(String platePrefix, int limit, UUID afterId) {
        String prefix;
        try {
            prefix = platePrefix == null ? "" : Plates.normalizeForSearch(platePrefix);
        } catch (InvalidPlateException e) {
            throw ApiException.badRequest("invalid_plate", e.getMessage());
        }
        checkLimit(limit);
        return withPhotos(jdbi.withHandle(h -> afterId == null
                ? sessions.activeByPlatePrefix(h, prefix, limit)
                : sessions.activePage(h, prefix, afterId, limit)));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_INSIDE) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and " + MAX_INSIDE);
        }
    }

    /** Views of the rows, each saying whether its entry photo is stored (an operator choosing between cars). */
    private List<SessionView> withPhotos(List<SessionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> withPhoto = new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT record_id FROM photos WHERE kind = 'IN' AND record_id IN (<ids>)")
                .bindList("ids", rows.stream().map(r -> r.id().toString()).toList())
                .mapTo(String.class)
                .list()));
        return rows.stream()
                .map(r -> r.view().withEntryPhoto(withPhoto.contains(r.id().toString())))
                .toList();
    }

    /** The fee of a session leaving at {@code exitTime}, by ticket code or (lost ticket found by plate) entry id. */
    public FeeQuoteResponse quote(
            String ticketCode, String entryId, Instant exitTime, boolean lostTicket, Instant now) {
        LaneInput.quoteTime(exitTime, now);
        UUID sessionId;
        if (ticketCode != null && !ticketCode.isBlank()) {
            sessionId = sessionIdOf(ticketCode);
        } else if (entryId != null && !entryId.isBlank()) {
            sessionId = LaneInput.uuid(entryId.trim(), "entryId");
        } else {
            throw ApiException.badRequest("missing_parameter", "Give ticketCode or entryId.");
        }
        SessionRow session = find(sessionId);
        FeeQuote quote = jdbi.withHandle(h -> expectedFee.price(h, session, exitTime, lostTicket))
                .quote();
        return new FeeQuoteResponse(
                quote.fee(),
                quote.lines().stream()
                        .map(l -> new FeeLineDto(l.kind().name(), l.description(), l.amount()))
                        .toList(),
                quote.tariffVersion());
    }

    private UUID sessionIdOf(String ticketCode) {
        return LaneInput.sessionOf(ticketKeys, ticketCode);
    }

    private SessionRow find(UUID sessionId) {
        return jdbi.withHandle(h -> sessions.findById(h, sessionId))
                .orElseThrow(() -> ApiException.notFound("unknown_ticket", "No parking session for this ticket."));
    }
}
