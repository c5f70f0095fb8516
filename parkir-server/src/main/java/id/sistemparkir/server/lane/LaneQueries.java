package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.contract.FeeQuoteResponse;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.tariff.FeeQuote;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.ticket.TicketKeys;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Read-only lane lookups: a ticket's session, vehicles inside by plate prefix, a fee quote. */
public final class LaneQueries {

    public static final int MAX_INSIDE = 5000;

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

    public SessionView ticket(String ticketCode) {
        return find(sessionIdOf(ticketCode)).view();
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
        if (limit < 1 || limit > MAX_INSIDE) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and " + MAX_INSIDE);
        }
        return jdbi
                .withHandle(h -> afterId == null
                        ? sessions.activeByPlatePrefix(h, prefix, limit)
                        : sessions.activePage(h, prefix, afterId, limit))
                .stream()
                .map(SessionRow::view)
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
