package id.sistemparkir.client.lane;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.device.printer.ExitReceipt;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.contract.FeeQuoteResponse;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.payment.PaymentMethods;
import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.tariff.FeeCalculator;
import id.sistemparkir.core.tariff.FeeQuote;
import id.sistemparkir.core.tariff.FeeRequest;
import id.sistemparkir.core.ticket.InvalidTicketException;
import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketKeyRing;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exit lane (ParkingOut): finds the session by ticket or plate, prices it, records the exit online or offline,
 * prints the receipt and opens the barrier. Offline it finds earlier-seen vehicles in the {@link InsideCache} and
 * prices a genuine signed ticket from the ticket itself; a forged ticket is refused online and offline.
 */
public final class ExitLane {

    private static final Logger log = LoggerFactory.getLogger(ExitLane.class);

    /** The payment method of a car let out without the money (its non-cash payment failed); paid is what was taken. */
    public static final String UNABLE_TO_COLLECT = PaymentMethods.UNABLE_TO_COLLECT;

    private final AuthSession session;
    private final OfflineStore offline;
    private final TicketKeyStore ticketKeys;
    private final TariffCache tariffs;
    private final PaymentMethodCache paymentMethods;
    private final InsideCache inside;
    private final LaneDevices devices;
    private final LaneIdentity identity;
    private final Clock clock;

    public ExitLane(
            AuthSession session,
            OfflineStore offline,
            TicketKeyStore ticketKeys,
            TariffCache tariffs,
            PaymentMethodCache paymentMethods,
            InsideCache inside,
            LaneDevices devices,
            LaneIdentity identity,
            Clock clock) {
        this.session = session;
        this.offline = offline;
        this.ticketKeys = ticketKeys;
        this.tariffs = tariffs;
        this.paymentMethods = paymentMethods;
        this.inside = inside;
        this.devices = devices;
        this.identity = identity;
        this.clock = clock;
    }

    /** The payment methods this lane accepts: the server's set, as last heard. */
    public List<String> paymentMethods() {
        return paymentMethods.methods();
    }

    /** Finds and prices the session of a scanned ticket or a typed short code. */
    public ExitQuote quoteTicket(String rawCode, boolean lostTicket) {
        return quoteTicket(rawCode, lostTicket, null);
    }

    /**
     * The same, for a short code that named several vehicles inside (a collision, decision 0016): {@code
     * chosenSession} is the one the operator chose among the {@link SessionChoiceNeeded#candidates()}.
     *
     * @throws SessionChoiceNeeded when a short code names several vehicles and none was chosen
     */
    public ExitQuote quoteTicket(String rawCode, boolean lostTicket, UUID chosenSession) {
        Optional<String> shortCode = ShortCode.parse(rawCode.trim());
        if (shortCode.isPresent()) {
            SessionView found = choose(
                    findByShortCode(shortCode.get()),
                    chosenSession,
                    Message.of("lane.rejection.short_code_not_inside", shortCode.get()));
            return quoteFound(found, lostTicket);
        }
        String code = rawCode.trim().toUpperCase(Locale.ROOT);
        Instant exitTime = now();
        LocalCheck check = verifyLocally(code);
        Optional<TicketData> ticket = Optional.ofNullable(check.data());
        ApiResult<SessionView> found = session.call(api -> api.ticket(code));
        if (found instanceof ApiResult.Ok<SessionView> ok) {
            return priceOnline(ok.body(), exitTime, lostTicket);
        }
        if (found instanceof ApiResult.Rejected<SessionView> rejected) {
            if (rejected.status() == 404 && ticket.isPresent()) {
                // Genuine, but its entry has not reached the server yet (another lane's outbox): price the ticket.
                return priceFromTicket(code, ticket.get(), exitTime, lostTicket);
            }
            throw LaneMessages.fromServer(rejected.error(), rejected.message());
        }
        TicketData data = ticket.orElseThrow(check::offlineRefusal);
        return inside.byId(data.ticketId())
                .map(s -> priceLocally(s, exitTime, lostTicket, "cache"))
                .orElseGet(() -> priceFromTicket(code, data, exitTime, lostTicket));
    }

    /**
     * The vehicles inside whose ticket has the typed short code (any case, with or without the dash, O for 0, I/L for
     * 1): online from the server, else from the cache of vehicles inside. Usually one; several after a collision.
     */
    public List<SessionView> findByShortCode(String typed) {
        String code = ShortCode.parse(typed)
                .orElseThrow(
                        () -> new LaneRejection("invalid_short_code", Message.of("lane.rejection.invalid_short_code")));
        ApiResult<List<SessionView>> found = session.call(api -> api.vehiclesInsideByShortCode(code, 20));
        if (found instanceof ApiResult.Ok<List<SessionView>> ok) {
            ok.body().forEach(inside::put);
            return ok.body();
        }
        if (found instanceof ApiResult.Rejected<List<SessionView>> rejected) {
            throw LaneMessages.fromServer(rejected.error(), rejected.message());
        }
        return inside.byShortCode(code);
    }

    /**
     * The one session among {@code candidates}: the operator's choice, or the only candidate.
     *
     * @param chosen the session id the operator chose, or null
     * @param notFound what to tell the operator when there is no candidate
     * @throws SessionChoiceNeeded with the candidates when there are several and none was chosen
     */
    public static SessionView choose(List<SessionView> candidates, UUID chosen, Message notFound) {
        if (chosen != null) {
            return candidates.stream()
                    .filter(s -> s.id().equals(chosen))
                    .findFirst()
                    .orElseThrow(() -> new LaneRejection(
                            "unknown_session", Message.of("lane.rejection.session_not_candidate", chosen)));
        }
        if (candidates.isEmpty()) {
            throw new LaneRejection("not_found", notFound);
        }
        if (candidates.size() > 1) {
            throw new SessionChoiceNeeded(
                    "choose_session", Message.of("lane.rejection.choose_session", candidates.size()), candidates);
        }
        return candidates.get(0);
    }

    /** Finds the vehicles inside whose plate starts with {@code platePrefix} (lost ticket; online, else the cache). */
    public List<SessionView> findByPlate(String platePrefix) {
        String prefix;
        try {
            prefix = Plates.normalizeForSearch(platePrefix);
        } catch (InvalidPlateException e) {
            throw LaneMessages.invalidPlate(e.getMessage());
        }
        ApiResult<List<SessionView>> found = session.call(api -> api.vehiclesInside(prefix, 50));
        if (found instanceof ApiResult.Ok<List<SessionView>> ok) {
            ok.body().forEach(inside::put);
            return ok.body();
        }
        return inside.byPlatePrefix(prefix);
    }

    /**
     * Prices a session found by plate (lost ticket, or a ticket the driver does not show): its exit names the session,
     * not the ticket, and the server lists it for the back office unless it is a lost ticket.
     */
    public ExitQuote quoteSession(SessionView found, boolean lostTicket) {
        return quoteFound(found, lostTicket).withoutTicket();
    }

    private ExitQuote quoteFound(SessionView found, boolean lostTicket) {
        Instant exitTime = now();
        ApiResult<FeeQuoteResponse> quote = session.call(api -> api.quote(null, found.id(), exitTime, lostTicket));
        if (quote instanceof ApiResult.Ok<FeeQuoteResponse> ok) {
            return fromServer(found, exitTime, lostTicket, ok.body());
        }
        return priceLocally(found, exitTime, lostTicket, "cache");
    }

    /**
     * Records the exit of a priced session and opens the barrier.
     *
     * @param paid what the driver paid; less than the fee is refused
     * @param paymentMethod one of {@link #paymentMethods()} (any case; null is CASH); another is refused, offline too
     */
    public ExitOutcome exit(ExitQuote quote, long paid, String paymentMethod) {
        List<String> known = paymentMethods.methods();
        String method = PaymentMethods.find(known, paymentMethod)
                .orElseThrow(() -> new LaneRejection(
                        "invalid_payment_method",
                        Message.of("lane.rejection.payment_method", paymentMethod.trim(), String.join(", ", known))));
        // A non-cash payment that could not be taken: the car leaves, the amount owed is recorded (not refused).
        if (paid < quote.fee() && !UNABLE_TO_COLLECT.equals(method)) {
            throw LaneMessages.insufficientPayment(paid, quote.fee());
        }
        List<Message> warnings = new ArrayList<>();
        UUID id = UUID.randomUUID();
        String ticketCode = quote.ticketPresented() ? quote.ticketCode() : null;
        UUID entryId = ticketCode == null ? quote.sessionId() : null;
        Function<Boolean, ExitRequest> request = offlineFlag -> new ExitRequest(
                id,
                ticketCode,
                entryId,
                quote.plate(),
                identity.gate(),
                quote.exitTime(),
                quote.fee(),
                paid,
                method,
                quote.lostTicket(),
                offlineFlag);
        ExitRequest online = request.apply(false);

        ApiResult<ExitResponse> result = session.call(api -> api.postExit(online));
        boolean storedOffline = false;
        boolean pendingEntry = false;
        if (result instanceof ApiResult.Ok<ExitResponse> ok) {
            pendingEntry = ok.body().pendingEntry();
        } else if (result instanceof ApiResult.Rejected<ExitResponse> rejected) {
            throw LaneMessages.fromServer(rejected.error(), rejected.message());
        } else {
            log.info("Server unavailable ({}); storing exit {} offline", EntryLane.describe(result), id);
            offline.save(OfflineRecord.of(request.apply(true)));
            storedOffline = true;
        }
        // The record is safe from here on: nothing below may stop the car (issue 7, item 9).
        AfterRecord.step(
                "writing the cache of vehicles inside",
                () -> {
                    inside.remove(quote.sessionId());
                    inside.flush();
                },
                LaneMessages::cacheNotSaved,
                warnings);
        devices.printReceipt(
                new ExitReceipt(
                        identity.siteName(),
                        quote.ticketCode(),
                        quote.plateDisplay(),
                        quote.vehicleType(),
                        quote.entryTime(),
                        quote.exitTime(),
                        quote.fee(),
                        paid,
                        method,
                        quote.lines().stream().map(FeeLineDto::description).toList(),
                        storedOffline),
                warnings);
        devices.openBarrier("exit " + quote.plateDisplay(), warnings);
        return new ExitOutcome(
                id,
                quote.sessionId(),
                quote.ticketCode(),
                quote.plate(),
                identity.gate(),
                quote.exitTime(),
                quote.fee(),
                quote.lines(),
                paid,
                Math.max(0, paid - quote.fee()),
                method,
                quote.lostTicket(),
                storedOffline,
                pendingEntry,
                quote.source(),
                warnings);
    }

    /**
     * Verifies a ticket against the cached key ring. A key the ring does not know (a station enrolled since the last
     * download) and a format 1 code (printed before the upgrade) are left to the server: empty here, and refused when
     * the server cannot be asked. Altered, forged and revoked tickets are refused at once.
     */
    private LocalCheck verifyLocally(String code) {
        TicketKeyRing ring = ticketKeys.ring();
        try {
            return new LocalCheck(ring.verify(code).data(), null);
        } catch (InvalidTicketException e) {
            if (e.reason() == Reason.UNKNOWN_KEY || e.reason() == Reason.RETIRED_FORMAT) {
                return new LocalCheck(null, ring.isEmpty() ? null : e);
            }
            throw LaneMessages.forgedTicket(e.getMessage());
        }
    }

    /**
     * What the cached ring says of a ticket: its data when genuine, or why only the server could tell.
     *
     * @param deferred why the ring could not accept it; {@code null} when the lane has no ring yet
     */
    private record LocalCheck(TicketData data, InvalidTicketException deferred) {

        /** Offline nobody can vouch for it: refused, as not genuine when the lane holds a ring. */
        LaneRejection offlineRefusal() {
            return deferred == null
                    ? LaneMessages.ticketUnverifiable()
                    : LaneMessages.forgedTicket(deferred.getMessage());
        }
    }

    private ExitQuote priceOnline(SessionView found, Instant exitTime, boolean lostTicket) {
        if (!"ACTIVE".equals(found.status())) {
            throw LaneMessages.alreadyExited(found.plateDisplay(), found.exitGate());
        }
        inside.put(found);
        ApiResult<FeeQuoteResponse> quote =
                session.call(api -> api.quote(found.ticketCode(), null, exitTime, lostTicket));
        if (quote instanceof ApiResult.Ok<FeeQuoteResponse> ok) {
            return fromServer(found, exitTime, lostTicket, ok.body());
        }
        return priceLocally(found, exitTime, lostTicket, "cache");
    }

    private ExitQuote fromServer(SessionView s, Instant exitTime, boolean lostTicket, FeeQuoteResponse quote) {
        return quoteOf(s, exitTime, lostTicket, quote.fee(), quote.lines(), quote.tariffVersion(), "server");
    }

    private ExitQuote priceLocally(SessionView s, Instant exitTime, boolean lostTicket, String source) {
        FeeQuote quote = localQuote(s.vehicleType(), s.entryTime(), exitTime, lostTicket);
        return quoteOf(s, exitTime, lostTicket, quote.fee(), lines(quote), quote.tariffVersion(), source);
    }

    /** A genuine ticket whose entry this lane never saw: the ticket itself says what is needed to price it. */
    private ExitQuote priceFromTicket(String code, TicketData ticket, Instant exitTime, boolean lostTicket) {
        SessionView fromTicket = new SessionView(
                ticket.ticketId(),
                code,
                null,
                "(tiket " + ticket.gate() + ")",
                ticket.vehicleType(),
                "ACTIVE",
                ticket.gate(),
                ticket.entryTime(),
                null,
                null,
                null,
                null,
                false,
                false,
                false);
        return priceLocally(fromTicket, exitTime, lostTicket, "ticket");
    }

    private static ExitQuote quoteOf(
            SessionView s,
            Instant exitTime,
            boolean lostTicket,
            long fee,
            List<FeeLineDto> lines,
            int tariffVersion,
            String source) {
        return new ExitQuote(
                s.id(),
                s.ticketCode(),
                s.plate(),
                s.plateDisplay(),
                s.vehicleType(),
                s.entryTime(),
                exitTime,
                fee,
                lines,
                tariffVersion,
                lostTicket,
                source);
    }

    /** Offline pricing: the cached tariffs; a member discount cannot be known offline (the server records it). */
    private FeeQuote localQuote(VehicleType type, Instant entry, Instant exit, boolean lostTicket) {
        Instant effectiveExit = exit.isBefore(entry) ? entry : exit;
        return FeeCalculator.quote(tariffs.schedule(), new FeeRequest(type, entry, effectiveExit, lostTicket, 0));
    }

    private static List<FeeLineDto> lines(FeeQuote quote) {
        return quote.lines().stream()
                .map(l -> new FeeLineDto(l.kind().name(), l.description(), l.amount()))
                .toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
