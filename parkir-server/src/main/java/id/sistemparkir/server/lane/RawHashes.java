package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import java.time.Instant;
import java.util.Locale;

/**
 * The request as received, hashed before any validation ({@code request_ids.raw_hash}): a replay from a lane's outbox
 * is the same JSON as the first attempt, so it is recognised without asking today's rules (a rotated ticket key, a
 * stricter plate rule) about it. Only case and separators are evened out; the offline flag is left out (an online
 * attempt that timed out and its outbox copy are the same record).
 */
final class RawHashes {

    private RawHashes() {}

    static String entry(EntryRequest request) {
        return RequestIds.hash(
                "entry-raw",
                request.id(),
                trimmed(request.ticketCode()),
                letterAndDigits(request.plate()),
                request.vehicleType(),
                upper(request.gate()),
                millis(request.entryTime()),
                request.nonStandardPlate());
    }

    static String exit(ExitRequest request) {
        String method = upper(request.paymentMethod());
        return RequestIds.hash(
                "exit-raw",
                request.id(),
                trimmed(request.ticketCode()),
                request.entryId(),
                upper(request.gate()),
                millis(request.exitTime()),
                request.fee(),
                request.paid(),
                method == null || method.isEmpty() ? "CASH" : method,
                request.lostTicket());
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    private static String upper(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    private static String letterAndDigits(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Milliseconds as always; a time beyond their range (validation refuses it later) hashes by its text. */
    private static Object millis(Instant time) {
        if (time == null) {
            return null;
        }
        try {
            return time.toEpochMilli();
        } catch (ArithmeticException beyondMillis) {
            return time.toString();
        }
    }
}
