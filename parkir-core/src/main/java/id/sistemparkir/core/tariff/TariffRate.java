package id.sistemparkir.core.tariff;

import java.time.Duration;
import java.util.Objects;

/**
 * The prices for one vehicle class, in whole rupiah.
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
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative: " + grace);
        }
        requireNonNegative("firstHour", firstHour);
        requireNonNegative("nextHour", nextHour);
        requireNonNegative("maxPerDay", maxPerDay);
        requireNonNegative("lostTicket", lostTicket);
    }

    private static void requireNonNegative(String name, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount);
        }
    }
}
