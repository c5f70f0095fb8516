package id.sistemparkir.core.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * The stored exit, answered by {@code POST /api/v1/exits} (DESIGN §4).
 *
 * @param fee the fee the lane charged
 * @param expectedFee the fee the server computes for the same stay
 * @param feeMismatch {@code fee != expectedFee}
 * @param duplicate this {@code id} was already stored: a replay, answered with the stored record
 * @param pendingEntry the entry has not reached the server yet (202); the exit is joined to it when it arrives
 * @param exitBeforeEntry the exit time was before the entry time (within the clock tolerance, or an exit that waited
 *     for its entry); the fee was computed for a zero-length stay and the back office sees the flag
 */
public record ExitResponse(
        UUID id,
        UUID entryId,
        String ticketCode,
        String plate,
        String gate,
        Instant exitTime,
        Instant receivedAt,
        long fee,
        long expectedFee,
        boolean feeMismatch,
        long paid,
        String paymentMethod,
        boolean lostTicket,
        boolean offline,
        boolean duplicate,
        boolean pendingEntry,
        boolean exitBeforeEntry) {}
