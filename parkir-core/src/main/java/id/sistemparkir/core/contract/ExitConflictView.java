package id.sistemparkir.core.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * An exit that lost to another exit of the same parking session after its lane had already let the car go and taken
 * the money (both exits were made offline, or it waited for its entry and found the session closed). Kept by the
 * server with its money for the back office; listed by {@code GET /api/v1/exit-conflicts}.
 *
 * @param id the losing exit's id
 * @param entryId the session both exits claimed
 * @param receivedAt when the server first received the exit
 * @param recordedAt when it became a conflict
 * @param reason {@code ALREADY_EXITED}, {@code EXIT_PENDING} or {@code SESSION_VOID}
 * @param winningExitId the exit that closed the session or waits for it; null for a voided session
 */
public record ExitConflictView(
        UUID id,
        UUID entryId,
        String ticketCode,
        String plate,
        String gate,
        Instant exitTime,
        Instant receivedAt,
        Instant recordedAt,
        boolean offline,
        String station,
        String operator,
        long fee,
        long paid,
        String paymentMethod,
        boolean lostTicket,
        String reason,
        UUID winningExitId) {}
