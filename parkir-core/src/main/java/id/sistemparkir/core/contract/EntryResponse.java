package id.sistemparkir.core.contract;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/**
 * The stored entry, answered by {@code POST /api/v1/entries} (DESIGN §4).
 *
 * @param plate the normalised plate ({@code B1234XYZ})
 * @param plateDisplay the plate with spaces ({@code B 1234 XYZ})
 * @param receivedAt when the server received the entry (the lane's time is {@code entryTime})
 * @param status the session status: {@code ACTIVE}, {@code EXITED} or {@code VOID}
 * @param duplicate this {@code id} was already stored: a replay, answered with the stored record
 * @param suspectedDuplicate another ACTIVE session has the same normalised plate
 */
public record EntryResponse(
        UUID id,
        String ticketCode,
        String plate,
        String plateDisplay,
        VehicleType vehicleType,
        String gate,
        Instant entryTime,
        Instant receivedAt,
        String status,
        boolean offline,
        boolean duplicate,
        boolean suspectedDuplicate) {}
