package id.sistemparkir.core.tariff;

import java.time.Duration;
import java.util.Objects;

/**
 * The prices for one vehicle class, in whole rupiah, each within {@link TariffLimits#MAX_AMOUNT}.
 *
 * @param grace a stay of at most this long is free
 * @param firstHour the price of the first started hour of a stay
 * @param nextHour the price of every later started hour
 * @param maxPerDay the most charged within one 24-hour block counted from entry
 * @param lostTicket added on top of the time-based fee when the ticket is lost
 */
public record TariffRate(Duration grace, long firstHour, long nextHour, long maxPerDay, long lostTicket) {

    public TariffRate {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.compareTo(TariffLimits.MAX_GRACE) > 0) {
            throw new IllegalArgumentException("grace must be 0 to " + TariffLimits.MAX_GRACE + ": " + grace);
        }
        // Bounded, so that no priced stay can overflow (see TariffLimits).
        TariffLimits.requireAmount("firstHour", firstHour);
        TariffLimits.requireAmount("nextHour", nextHour);
        TariffLimits.requireAmount("maxPerDay", maxPerDay);
        TariffLimits.requireAmount("lostTicket", lostTicket);
    }
}
