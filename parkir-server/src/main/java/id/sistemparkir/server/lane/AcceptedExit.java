package id.sistemparkir.server.lane;

import java.time.Instant;
import java.util.UUID;

/**
 * A validated exit with the fee the server expects under the tariff; ready to be applied to its session. {@code
 * ticketNotPresented}: found by entry id (plate search), not by ticket, and not declared lost.
 */
record AcceptedExit(
        UUID exitId,
        String gate,
        Instant exitTime,
        Instant receivedAt,
        boolean offline,
        String station,
        String operator,
        long fee,
        long expectedFee,
        long paid,
        String paymentMethod,
        boolean lostTicket,
        UUID memberId,
        boolean exitBeforeEntry,
        boolean ticketNotPresented) {}
