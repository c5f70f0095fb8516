package id.sistemparkir.server.lane;

import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.ticket.InvalidTicketException;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Validation of lane input beyond JSON types; every failure is a 400 with a reason the operator can act on. */
final class LaneInput {

    private static final Pattern GATE = Pattern.compile("[A-Z0-9-]{1,16}");
    private static final Pattern PAYMENT_METHOD = Pattern.compile("[A-Z_]{2,32}");

    /**
     * How far ahead of the server's clock a lane's device time may be. Lanes warn at 60 s of skew (DESIGN §5); an
     * hour still lets a badly set lane's offline records in (to be audited) but refuses garbage such as year 2099.
     */
    static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    private LaneInput() {}

    static Plate plate(String raw, boolean nonStandard) {
        try {
            return nonStandard ? Plates.nonStandard(raw) : Plates.parse(raw);
        } catch (InvalidPlateException e) {
            throw ApiException.badRequest("invalid_plate", e.getMessage());
        }
    }

    static String gate(String raw) {
        String gate = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!GATE.matcher(gate).matches()) {
            throw ApiException.badRequest(
                    "invalid_gate", "gate must be 1-16 letters, digits or '-', was '" + raw + "'");
        }
        return gate;
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

    static String paymentMethod(String raw) {
        if (raw == null || raw.isBlank()) {
            return "CASH";
        }
        String method = raw.trim().toUpperCase(Locale.ROOT);
        if (!PAYMENT_METHOD.matcher(method).matches()) {
            throw ApiException.badRequest("invalid_payment_method", "paymentMethod '" + raw + "' is not valid.");
        }
        return method;
    }

    static TicketData ticket(TicketSigner signer, String code) {
        try {
            return signer.verify(code.trim());
        } catch (InvalidTicketException e) {
            throw ApiException.badRequest("invalid_ticket", "The ticket is not genuine: " + e.getMessage());
        }
    }

    static UUID uuid(String raw, String field) {
        return Ids.uuid(raw, field);
    }
}
