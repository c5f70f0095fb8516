package id.sistemparkir.server.lane;

import id.sistemparkir.core.payment.PaymentMethods;
import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.text.FieldRule;
import id.sistemparkir.core.text.InvalidFieldException;
import id.sistemparkir.core.ticket.InvalidTicketException;
import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import id.sistemparkir.core.ticket.SignedTicket;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.Ids;
import id.sistemparkir.server.ticket.TicketKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Validation of lane input beyond JSON types; every failure is a 400 with a reason the operator can act on. */
final class LaneInput {

    /**
     * The most a lane may say was charged or paid: a century at the largest tariff is below it, and a long can never
     * overflow summing it up in reports.
     */
    static final long MAX_MONEY = 10_000_000_000_000L;

    /**
     * How far ahead of the server's clock a lane's device time may be. Lanes warn at 60 s of skew (DESIGN §5); an
     * hour still lets a badly set lane's offline records in (to be audited) but refuses garbage such as year 2099.
     */
    static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    private LaneInput() {}

    static Plate plate(String raw, boolean nonStandard) {
        String text = text(FieldRule.PLATE, raw, "plate");
        try {
            return nonStandard ? Plates.nonStandard(text) : Plates.parse(text);
        } catch (InvalidPlateException e) {
            throw ApiException.badRequest("invalid_plate", e.getMessage());
        }
    }

    /** The plate an exit lane saw (optional, free text within the plate rule), stored as the lane typed it. */
    static String exitPlate(String raw) {
        try {
            return FieldRule.PLATE.optional(raw, "plate");
        } catch (InvalidFieldException e) {
            throw invalid(e);
        }
    }

    static String gate(String raw) {
        return text(FieldRule.GATE, raw, "gate");
    }

    /** A rupiah amount a lane reports (fee, paid): not negative (the contract type checks), and not absurd. */
    static long money(long amount, String field) {
        if (amount > MAX_MONEY) {
            throw ApiException.badRequest("invalid_amount", field + " must be at most " + MAX_MONEY + " rupiah.");
        }
        return amount;
    }

    static Instant deviceTime(Instant time, Instant now, String field) {
        if (time.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw ApiException.badRequest(
                    "invalid_time", field + " " + time + " is in the future; check the lane's clock.");
        }
        if (time.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
            throw ApiException.badRequest("invalid_time", field + " " + time + " is implausibly old.");
        }
        return time;
    }

    /** How far ahead a fee may be quoted ("what will it cost on Friday"); bounds every quoted stay. */
    static final Duration QUOTE_AHEAD = Duration.ofDays(366);

    /** The exit time of a quote: from 2000 to a year ahead, so a typo such as year 99999 is a 400, not a price. */
    static Instant quoteTime(Instant time, Instant now) {
        if (time.isAfter(now.plus(QUOTE_AHEAD))) {
            throw ApiException.badRequest("invalid_time", "exitTime " + time + " is more than a year ahead.");
        }
        return deviceTime(time, time.plus(FUTURE_TOLERANCE), "exitTime");
    }

    /** The method as stored: blank is CASH; anything outside {@code known} is {@code 400 invalid_payment_method}. */
    static String paymentMethod(String raw, List<String> known) {
        if (raw == null || raw.isBlank()) {
            return PaymentMethods.CASH;
        }
        String method = text(FieldRule.PAYMENT_METHOD, raw, "paymentMethod");
        if (!known.contains(method)) {
            throw ApiException.badRequest(
                    "invalid_payment_method",
                    "paymentMethod " + method + " is not one of the garage's methods: " + String.join(", ", known)
                            + ".");
        }
        return method;
    }

    /** A genuine ticket of an enrolled, unrevoked key; 400 {@code invalid_ticket} otherwise. */
    static SignedTicket ticket(TicketKeys keys, String code) {
        String text = text(FieldRule.TICKET_CODE, code, "ticketCode");
        try {
            return keys.verify(text);
        } catch (InvalidTicketException e) {
            throw notGenuine(e);
        }
    }

    /**
     * The session a ticket code names: a genuine format 2 ticket names it itself; a format 1 code (printed before the
     * upgrade, no longer verifiable) only as the exact code of a session stored before it (decision 0015).
     */
    static UUID sessionOf(TicketKeys keys, String code) {
        String text = text(FieldRule.TICKET_CODE, code, "ticketCode");
        try {
            return keys.verify(text).data().ticketId();
        } catch (InvalidTicketException e) {
            if (e.reason() == Reason.RETIRED_FORMAT) {
                return keys.legacySession(text).orElseThrow(() -> notGenuine(e));
            }
            throw notGenuine(e);
        }
    }

    private static ApiException notGenuine(InvalidTicketException e) {
        return ApiException.badRequest("invalid_ticket", "The ticket is not genuine: " + e.getMessage());
    }

    static UUID uuid(String raw, String field) {
        return Ids.uuid(raw, field);
    }

    /** The stored form of a required text field under its rule; 400 with the rule's error code otherwise. */
    static String text(FieldRule rule, String raw, String field) {
        try {
            return rule.require(raw, field);
        } catch (InvalidFieldException e) {
            throw invalid(e);
        }
    }

    private static ApiException invalid(InvalidFieldException e) {
        return ApiException.badRequest(e.rule().errorCode(), e.getMessage());
    }
}
