package id.sistemparkir.core.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code POST /api/v1/exits} (DESIGN §4), and the body of an offline exit file (§6).
 *
 * @param id the record id the lane made once; the idempotency key
 * @param ticketCode the scanned ticket code; {@code null} when the entry was found otherwise (lost ticket)
 * @param entryId the entry's id when known; at least one of {@code ticketCode} and {@code entryId} is required
 * @param plate the plate as seen at the exit, optional
 * @param fee the fee the lane computed, whole rupiah
 * @param paid the amount paid, whole rupiah
 * @param paymentMethod e.g. {@code CASH}
 */
public record ExitRequest(
        UUID id,
        String ticketCode,
        UUID entryId,
        String plate,
        String gate,
        Instant exitTime,
        long fee,
        long paid,
        String paymentMethod,
        boolean lostTicket,
        boolean offline) {

    /** Rejects a request without its required fields or with negative money. */
    public ExitRequest {
        Checks.required(id, "id");
        Checks.required(gate, "gate");
        Checks.required(exitTime, "exitTime");
        if (ticketCode == null && entryId == null) {
            throw new IllegalArgumentException("ticketCode or entryId is required");
        }
        Checks.notNegative(fee, "fee");
        Checks.notNegative(paid, "paid");
    }
}
