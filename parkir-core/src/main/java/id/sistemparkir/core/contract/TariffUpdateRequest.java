package id.sistemparkir.core.contract;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.Map;

/**
 * {@code PUT /api/v1/tariffs}: a new tariff version, in force from {@code effectiveFrom} (now or later; a fee always
 * uses the version in force at entry, so history is never rewritten). Every vehicle class must be given.
 */
public record TariffUpdateRequest(Instant effectiveFrom, Map<VehicleType, TariffRateDto> rates) {

    public TariffUpdateRequest {
        Checks.required(effectiveFrom, "effectiveFrom");
        Checks.required(rates, "rates");
        for (VehicleType type : VehicleType.values()) {
            if (rates.get(type) == null) {
                throw new IllegalArgumentException("rates." + type + " is required");
            }
        }
        rates = Map.copyOf(rates);
    }
}
