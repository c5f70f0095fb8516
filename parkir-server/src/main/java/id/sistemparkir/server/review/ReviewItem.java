package id.sistemparkir.server.review;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/**
 * One item of {@code GET /api/v1/reviews}, with who and where.
 *
 * @param subjectId what a resolution names: the session id, or the exit id of a pending exit
 * @param sessionId the session (for a pending exit: the entry it waits for, which the server has not seen)
 * @param at the exit time
 * @param amount the money in question, whole rupiah (see {@link ReviewKind})
 * @param detail for an exit conflict its reason ({@code ALREADY_EXITED}, {@code EXIT_PENDING}, {@code SESSION_VOID});
 *     for a pending exit {@code OVERDUE} once it waited the alert limit (an unseen ticket), else {@code WAITING}
 * @param otherExitId for an exit conflict, the exit that closed the session or waits for it
 * @param resolution absent while unresolved
 */
public record ReviewItem(
        ReviewKind kind,
        UUID subjectId,
        UUID sessionId,
        String plate,
        VehicleType vehicleType,
        Instant at,
        String gate,
        String station,
        String operator,
        Long fee,
        Long expectedFee,
        Long paid,
        String paymentMethod,
        long amount,
        String detail,
        UUID otherExitId,
        Resolution resolution) {

    /** How an item was settled. */
    public record Resolution(String reason, String resolvedBy, Instant resolvedAt) {}

    ReviewItem resolved(Resolution resolution) {
        return new ReviewItem(
                kind,
                subjectId,
                sessionId,
                plate,
                vehicleType,
                at,
                gate,
                station,
                operator,
                fee,
                expectedFee,
                paid,
                paymentMethod,
                amount,
                detail,
                otherExitId,
                resolution);
    }
}
