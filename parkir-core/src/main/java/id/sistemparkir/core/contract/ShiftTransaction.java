package id.sistemparkir.core.contract;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/** One exit of a shift ({@code GET /api/v1/shifts/{id}/transactions}), newest first. */
public record ShiftTransaction(
        UUID sessionId,
        String ticketCode,
        String plateDisplay,
        VehicleType vehicleType,
        Instant entryTime,
        Instant exitTime,
        long fee,
        long paid,
        String paymentMethod,
        boolean lostTicket,
        boolean offline) {}
