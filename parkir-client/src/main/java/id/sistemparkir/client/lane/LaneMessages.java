package id.sistemparkir.client.lane;

import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.money.Rupiah;
import java.util.Set;

/**
 * Every warning and refusal a lane tells its operator, as {@link Message} codes (words in
 * {@code i18n/client*.properties}, keys {@code lane.warning.*} and {@code lane.rejection.*}). One place, so that a new
 * warning is one method here and one key in each bundle.
 */
public final class LaneMessages {

    /** Server error codes with their own wording; any other code is worded generically with the server's text. */
    private static final Set<String> WORDED_SERVER_CODES = Set.of(
            "invalid_plate",
            "already_exited",
            "invalid_ticket",
            "ticket_mismatch",
            "unknown_ticket",
            "not_found",
            "id_conflict",
            "invalid_time",
            "forbidden",
            "no_open_shift",
            "shift_closed",
            "ambiguous_short_code",
            "invalid_payment_method");

    private LaneMessages() {}

    /** The server refused this station's signature (key not enrolled, or revoked): it issued the ticket itself. */
    public static Message stationKeyNotEnrolled(String keyId) {
        return Message.of("lane.warning.station_key_not_enrolled", keyId);
    }

    /** The server refused the entry for a reason the operator cannot fix at the barrier; it is kept for checking. */
    public static Message refusedAndKept(String error, String serverMessage) {
        return Message.of("lane.warning.refused_and_kept", error, serverMessage);
    }

    public static Message photoNotSaved(String reason) {
        return Message.of("lane.warning.photo_not_saved", reason);
    }

    /** The cache of vehicles inside could not be written (disk full, file locked); the car went through. */
    public static Message cacheNotSaved(String reason) {
        return Message.of("lane.warning.cache_not_saved", reason);
    }

    public static Message cameraFailed(String reason) {
        return Message.of("lane.warning.camera_failed", reason);
    }

    public static Message printerFailed(String reason) {
        return Message.of("lane.warning.printer_failed", reason);
    }

    public static Message barrierFailed(String reason) {
        return Message.of("lane.warning.barrier_failed", reason);
    }

    public static LaneRejection invalidPlate(String detail) {
        return new LaneRejection("invalid_plate", Message.of("lane.rejection.invalid_plate", detail));
    }

    public static LaneRejection insufficientPayment(long paid, long fee) {
        return new LaneRejection(
                "insufficient_payment",
                Message.of("lane.rejection.insufficient_payment", Rupiah.format(paid), Rupiah.format(fee)));
    }

    public static LaneRejection ticketUnverifiable() {
        return new LaneRejection("ticket_unverifiable", Message.of("lane.rejection.ticket_unverifiable"));
    }

    public static LaneRejection forgedTicket(String detail) {
        return new LaneRejection("invalid_ticket", Message.of("lane.rejection.forged_ticket", detail));
    }

    public static LaneRejection alreadyExited(String plateDisplay, String exitGate) {
        return new LaneRejection(
                "already_exited",
                Message.of("lane.rejection.already_exited", plateDisplay, exitGate == null ? "-" : exitGate));
    }

    /** The server refused a lane call (a 4xx): its code worded when we know it, else its own explanation. */
    public static LaneRejection fromServer(String error, String serverMessage) {
        String code = error == null ? "rejected" : error;
        Message text = WORDED_SERVER_CODES.contains(code)
                ? Message.of("lane.rejection.server." + code, serverMessage == null ? "" : serverMessage)
                : Message.of("lane.rejection.server", code, serverMessage == null ? "" : serverMessage);
        return new LaneRejection(code, text);
    }
}
