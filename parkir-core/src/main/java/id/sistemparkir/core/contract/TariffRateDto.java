package id.sistemparkir.core.contract;

import id.sistemparkir.core.tariff.TariffRate;
import java.time.Duration;

/** One vehicle class's rates in {@code GET/PUT /api/v1/tariffs}; money in whole rupiah. */
public record TariffRateDto(long graceSeconds, long firstHour, long nextHour, long maxPerDay, long lostTicket) {

    public TariffRateDto {
        Checks.notNegative(graceSeconds, "graceSeconds");
        Checks.notNegative(firstHour, "firstHour");
        Checks.notNegative(nextHour, "nextHour");
        Checks.notNegative(maxPerDay, "maxPerDay");
        Checks.notNegative(lostTicket, "lostTicket");
        if (graceSeconds > 86_400) {
            throw new IllegalArgumentException("graceSeconds must be at most one day, was " + graceSeconds);
        }
    }

    public static TariffRateDto of(TariffRate rate) {
        return new TariffRateDto(
                rate.grace().toSeconds(), rate.firstHour(), rate.nextHour(), rate.maxPerDay(), rate.lostTicket());
    }

    public TariffRate toRate() {
        return new TariffRate(Duration.ofSeconds(graceSeconds), firstHour, nextHour, maxPerDay, lostTicket);
    }
}
