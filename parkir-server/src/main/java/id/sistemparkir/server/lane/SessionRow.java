package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EntryResponse;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code parking_sessions}: the entry side, and the exit side once the vehicle left. */
record SessionRow(
        UUID id,
        String ticketCode,
        String plate,
        String plateDisplay,
        boolean nonStandardPlate,
        VehicleType vehicleType,
        SessionStatus status,
        String entryGate,
        Instant entryTime,
        Instant entryReceivedAt,
        boolean entryOffline,
        String entryStation,
        boolean suspectedDuplicate,
        int tariffVersion,
        UUID exitId,
        String exitGate,
        Instant exitTime,
        Instant exitReceivedAt,
        Boolean exitOffline,
        Long fee,
        Long expectedFee,
        boolean feeMismatch,
        Long paid,
        String paymentMethod,
        boolean lostTicket,
        boolean exitBeforeEntry) {

    SessionView view() {
        return new SessionView(
                id,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                status.name(),
                entryGate,
                entryTime,
                exitGate,
                exitTime,
                fee,
                paid,
                suspectedDuplicate,
                entryOffline,
                Boolean.TRUE.equals(exitOffline),
                exitBeforeEntry);
    }

    EntryResponse entryResponse(boolean duplicate) {
        return new EntryResponse(
                id,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                entryGate,
                entryTime,
                entryReceivedAt,
                status.name(),
                entryOffline,
                duplicate,
                suspectedDuplicate);
    }

    /** The exit side as an API response; only meaningful once {@link #exitId()} is set. */
    ExitResponse exitResponse(boolean duplicate) {
        return new ExitResponse(
                exitId,
                id,
                ticketCode,
                plate,
                exitGate,
                exitTime,
                exitReceivedAt,
                fee == null ? 0 : fee,
                expectedFee == null ? 0 : expectedFee,
                feeMismatch,
                paid == null ? 0 : paid,
                paymentMethod,
                lostTicket,
                Boolean.TRUE.equals(exitOffline),
                duplicate,
                false,
                exitBeforeEntry);
    }
}
