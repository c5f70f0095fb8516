package id.sistemparkir.core.tariff;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A priced stay: the fee, the lines that add up to it, and everything it was computed from, so a
 * receipt or an audit can show why the fee is what it is.
 *
 * @param fee whole rupiah to pay; equals the sum of {@code lines} when made by {@link FeeCalculator}
 * @param lines the breakdown in order; unmodifiable
 * @param tariffVersion the tariff version in force at entry
 */
public record FeeQuote(
        long fee,
        List<FeeLine> lines,
        int tariffVersion,
        VehicleType vehicleType,
        Instant entryTime,
        Instant exitTime,
        Duration duration,
        boolean lostTicket,
        int memberDiscountPercent) {

    public FeeQuote {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(vehicleType, "vehicleType");
        Objects.requireNonNull(entryTime, "entryTime");
        Objects.requireNonNull(exitTime, "exitTime");
        Objects.requireNonNull(duration, "duration");
    }
}
