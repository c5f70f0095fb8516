package id.sistemparkir.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Pricing never overflows: every rate within the bounds, every stay up to a century, the extremes included. */
class FeeOverflowPropertyTest {

    private static final Instant ENTRY = Instant.parse("2001-01-01T00:00:00Z");

    @Property(tries = 500)
    void anyBoundedTariffPricesAnyBoundedStayWithoutOverflow(
            @ForAll("boundedRates") TariffRate rate,
            @ForAll @LongRange(max = 36_525L * 24 * 3600) long seconds,
            @ForAll boolean lost,
            @ForAll @IntRange(max = 100) int member) {
        FeeQuote quote = quote(rate, seconds, lost, member);

        long startedHours = (seconds + 3_599) / 3_600;
        long blocks = Math.max(1, (startedHours + 23) / 24);
        assertThat(quote.fee()).isBetween(0L, blocks * rate.maxPerDay() + rate.lostTicket());
        assertThat(quote.lines().stream().mapToLong(FeeLine::amount).sum()).isEqualTo(quote.fee());
    }

    @Test
    void theLargestTariffAndTheLongestStayStillPrice() {
        long max = TariffLimits.MAX_AMOUNT;
        TariffRate rate = new TariffRate(Duration.ZERO, max, max, max, max);

        FeeQuote quote = quote(rate, FeeRequest.MAX_STAY.toSeconds(), true, 0);

        long blocks = FeeRequest.MAX_STAY.toHours() / 24;
        assertThat(quote.fee()).isEqualTo(blocks * max + max);
    }

    @Test
    void amountsBeyondTheBoundAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TariffRate(Duration.ZERO, Long.MAX_VALUE, 1, 1, 1))
                .withMessageContaining("firstHour");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TariffRate(Duration.ZERO, 1, 1, TariffLimits.MAX_AMOUNT + 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new TariffRate(Duration.ofDays(2), 1, 1, 1, 1));
    }

    @Test
    void aStayLongerThanACenturyIsRefused() {
        Instant exit = ENTRY.plus(FeeRequest.MAX_STAY).plusSeconds(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeeRequest.of(VehicleType.MOBIL, ENTRY, exit))
                .withMessageContaining("century");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeeRequest.of(VehicleType.MOBIL, Instant.MIN, Instant.MAX));
    }

    @Test
    void publishedRatesFollowTheSaneRules() {
        assertThat(TariffLimits.problems("MOBIL", 600, 5_000, 3_000, 40_000, 50_000))
                .isEmpty();
        assertThat(TariffLimits.problems("MOBIL", 600, Long.MAX_VALUE, 3_000, 40_000, 50_000))
                .containsExactly(
                        "MOBIL.firstHour must be 0-100000000 rupiah.",
                        "MOBIL.maxPerDay must be at least firstHour (the cap covers the first hour).");
        assertThat(TariffLimits.problems("MOTOR", 600, 5_000, 3_000, 4_000, 50_000))
                .containsExactly("MOTOR.maxPerDay must be at least firstHour (the cap covers the first hour).");
        assertThat(TariffLimits.problems("TRUK", 86_401, 1, 1, 1, 1)).hasSize(1);
    }

    @Test
    void aTariffStartsWithinAYear() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(TariffLimits.startProblems(now.plus(Duration.ofDays(366)), now))
                .isEmpty();
        assertThat(TariffLimits.startProblems(now.plus(Duration.ofDays(367)), now))
                .hasSize(1);
        assertThat(TariffLimits.startProblems(Instant.parse("+99999-01-01T00:00:00Z"), now))
                .hasSize(1);
    }

    @Provide
    Arbitrary<TariffRate> boundedRates() {
        Arbitrary<Long> amounts = Arbitraries.oneOf(
                Arbitraries.longs().between(0, TariffLimits.MAX_AMOUNT),
                Arbitraries.of(0L, 1L, TariffLimits.MAX_AMOUNT - 1, TariffLimits.MAX_AMOUNT));
        return Combinators.combine(
                        Arbitraries.longs()
                                .between(0, TariffLimits.MAX_GRACE.toSeconds())
                                .map(Duration::ofSeconds),
                        amounts,
                        amounts,
                        amounts,
                        amounts)
                .as(TariffRate::new);
    }

    private static FeeQuote quote(TariffRate rate, long seconds, boolean lost, int member) {
        Map<VehicleType, TariffRate> rates = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            rates.put(type, rate);
        }
        Tariff tariff = new Tariff(1, Instant.EPOCH, rates);
        return FeeCalculator.quote(
                tariff, new FeeRequest(VehicleType.MOBIL, ENTRY, ENTRY.plusSeconds(seconds), lost, member));
    }
}
