package id.sistemparkir.server.tariff;

import id.sistemparkir.core.contract.TariffRateDto;
import id.sistemparkir.core.vehicle.VehicleType;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/tariffs/preview}: proposed rates (every class, as for {@code PUT /api/v1/tariffs}) and,
 * optionally, the stays to price in minutes (default: typical stays from 10 minutes to a day and a minute).
 */
public record TariffPreviewRequest(Map<VehicleType, TariffRateDto> rates, List<Integer> stayMinutes) {}
