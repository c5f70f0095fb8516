package id.sistemparkir.server.session;

import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/**
 * A parking session as the back office sees it: every column of {@code parking_sessions}, who recorded each side and
 * from where, and the void. The exit fields are absent (null) while ACTIVE.
 */
public record SessionRecord(
        UUID id,
        String ticketCode,
        String plate,
        String plateDisplay,
        boolean nonStandardPlate,
        VehicleType vehicleType,
        String status,
        String entryGate,
        Instant entryTime,
        Instant entryReceivedAt,
        boolean entryOffline,
        String entryStation,
        String entryOperator,
        boolean suspectedDuplicate,
        int tariffVersion,
        UUID exitId,
        String exitGate,
        Instant exitTime,
        Instant exitReceivedAt,
        Boolean exitOffline,
        String exitStation,
        String exitOperator,
        Long fee,
        Long expectedFee,
        boolean feeMismatch,
        Long paid,
        String paymentMethod,
        boolean lostTicket,
        UUID memberId,
        String voidReason,
        String voidedBy,
        Instant voidedAt) {

    public static final String ACTIVE = "ACTIVE";
    public static final String EXITED = "EXITED";
    public static final String VOID = "VOID";

    /** The lane-facing shape, as in {@code vehicle.*} and {@code session.updated} events. */
    public SessionView view() {
        return new SessionView(
                id,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                status,
                entryGate,
                entryTime,
                exitGate,
                exitTime,
                fee,
                paid,
                suspectedDuplicate,
                entryOffline,
                Boolean.TRUE.equals(exitOffline));
    }

    /**
     * The money the garage kept: what was paid, up to the fee. {@code paid} is what the driver handed over, so cash
     * tendered above the fee came back as change and is nobody's revenue.
     */
    public long collected() {
        return fee == null || paid == null ? 0 : Math.min(fee, paid);
    }

    /** What the driver still owes: fee minus paid on an underpaid exit, else 0. */
    public long uncollected() {
        return fee != null && paid != null && paid < fee ? fee - paid : 0;
    }
}
