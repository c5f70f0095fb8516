package id.sistemparkir.core.contract;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code POST /api/v1/entries} (DESIGN §4), and the body of an offline entry file (§6).
 *
 * @param id the record id the lane made once; the idempotency key
 * @param ticketCode the signed ticket code when the lane made one (offline), else {@code null}: the server issues it
 * @param plate the plate as entered
 * @param vehicleType the vehicle class
 * @param gate the entry gate code
 * @param entryTime the lane's device time of entry
 * @param offline whether the entry was first stored offline
 * @param nonStandardPlate the operator confirmed a plate that does not follow the Indonesian pattern (optional in
 *     JSON, default {@code false})
 */
public record EntryRequest(
        UUID id,
        String ticketCode,
        String plate,
        VehicleType vehicleType,
        String gate,
        Instant entryTime,
        boolean offline,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean nonStandardPlate) {

    /** Rejects a request without its required fields. */
    public EntryRequest {
        Checks.required(id, "id");
        Checks.required(plate, "plate");
        Checks.required(vehicleType, "vehicleType");
        Checks.required(gate, "gate");
        Checks.required(entryTime, "entryTime");
    }
}
