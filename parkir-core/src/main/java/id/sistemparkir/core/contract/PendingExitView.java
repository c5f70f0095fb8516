package id.sistemparkir.core.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * An exit the server accepted (202) and keeps until its entry arrives, as listed by {@code GET /api/v1/pending-exits}
 * and sent with the {@code pending_exit.overdue} event. Its entry is still in another lane's outbox, or the ticket is
 * one the server has never seen.
 *
 * @param id the exit's id
 * @param entryId the entry (parking session) it waits for, from the ticket or the request
 * @param plate the plate as the exit lane gave it, if any
 * @param exitTime the exit lane's time
 * @param receivedAt when the server received the exit; the age counts from here
 * @param ageSeconds how long it has waited, at the time of the answer
 * @param overdue it has waited at least the server's alert limit (setting {@code pending-exit.alert-after})
 */
public record PendingExitView(
        UUID id,
        UUID entryId,
        String ticketCode,
        String plate,
        String gate,
        Instant exitTime,
        Instant receivedAt,
        long fee,
        long paid,
        String paymentMethod,
        boolean lostTicket,
        boolean offline,
        String station,
        String operator,
        long ageSeconds,
        boolean overdue) {}
