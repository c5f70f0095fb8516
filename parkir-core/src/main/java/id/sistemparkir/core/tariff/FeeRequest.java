package id.sistemparkir.core.tariff;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to price: one stay of one vehicle.
 *
 * @param entryTime decides which tariff version applies
 * @param exitTime not before entryTime, at most {@link #MAX_STAY} after it
 * @param lostTicket true adds the class's lost-ticket fee
 * @param memberDiscountPercent 0 (no membership) to 100 (free)
 */
public record FeeRequest(
        VehicleType vehicleType, Instant entryTime, Instant exitTime, boolean lostTicket, int memberDiscountPercent) {

    /** The longest stay priced: a century. Bounds every line of a fee (see {@link TariffLimits}). */
    public static final Duration MAX_STAY = Duration.ofDays(36_525);

    public FeeRequest {
        Objects.requireNonNull(vehicleType, "vehicleType");
        Objects.requireNonNull(entryTime, "entryTime");
        Objects.requireNonNull(exitTime, "exitTime");
        if (exitTime.isBefore(entryTime)) {
            throw new IllegalArgumentException(
                    "exit time " + exitTime + " is before entry time " + entryTime + "; check the lane clock");
        }
        if (Duration.between(entryTime, exitTime).compareTo(MAX_STAY) > 0) {
            throw new IllegalArgumentException(
                    "a stay from " + entryTime + " to " + exitTime + " is longer than a century; check the lane clock");
        }
        if (memberDiscountPercent < 0 || memberDiscountPercent > 100) {
            throw new IllegalArgumentException("member discount must be 0–100 percent, was " + memberDiscountPercent);
        }
    }

    /** A plain stay: ticket present, no membership. */
    public static FeeRequest of(VehicleType vehicleType, Instant entryTime, Instant exitTime) {
        return new FeeRequest(vehicleType, entryTime, exitTime, false, 0);
    }

    /** How long the vehicle stayed. */
    public Duration duration() {
        return Duration.between(entryTime, exitTime);
    }
}
