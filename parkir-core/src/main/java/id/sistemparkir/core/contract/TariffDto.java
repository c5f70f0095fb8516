package id.sistemparkir.core.contract;

import id.sistemparkir.core.tariff.Tariff;
import id.sistemparkir.core.tariff.TariffRate;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** One tariff version in {@code GET /api/v1/tariffs} (lanes keep these to price tickets offline). */
public record TariffDto(int version, Instant effectiveFrom, Map<VehicleType, TariffRateDto> rates) {

    public static TariffDto of(Tariff tariff) {
        Map<VehicleType, TariffRateDto> rates = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            rates.put(type, TariffRateDto.of(tariff.rate(type)));
        }
        return new TariffDto(tariff.version(), tariff.effectiveFrom(), rates);
    }

    public Tariff toTariff() {
        Map<VehicleType, TariffRate> domain = new EnumMap<>(VehicleType.class);
        rates.forEach((type, rate) -> domain.put(type, rate.toRate()));
        return new Tariff(version, effectiveFrom, domain);
    }
}
