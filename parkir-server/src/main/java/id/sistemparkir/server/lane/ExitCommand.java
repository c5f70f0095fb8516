package id.sistemparkir.server.lane;

import java.time.Instant;
import java.util.UUID;

/**
 * A validated exit: the session it closes is known by id (from the verified ticket or the request's entryId). Also the
 * stored body of an exit that waits for its entry ({@code pending_exits.body}), so it keeps who sent it.
 */
public record ExitCommand(
        UUID id,
        UUID sessionId,
        String ticketCode,
        String plate,
        String gate,
        Instant exitTime,
        long fee,
        long paid,
        String paymentMethod,
        boolean lostTicket,
        boolean offline,
        String station,
        String operator) {

    /** The fields that make this exit what it is; a replay with the same hash is "already present". */
    String contentHash() {
        return RequestIds.hash(
                "exit", id, sessionId, gate, exitTime.toEpochMilli(), fee, paid, paymentMethod, lostTicket);
    }
}
