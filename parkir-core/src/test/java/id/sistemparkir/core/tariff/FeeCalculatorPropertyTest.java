package id.sistemparkir.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Rules that must hold for every tariff and stay, not only the hand-picked ones. */
class FeeCalculatorPropertyTest {

    private static final Instant ENTRY = Instant.parse("2025-03-01T08:00:00Z");
    private static final long TEN_DAYS_SECONDS = 10 * 24 * 3600;

    @Property
    void feeNeverDecreasesAsTheStayGrows(
            @ForAll("rates") TariffRate rate,
            @ForAll @LongRange(max = TEN_DAYS_SECONDS) long seconds,
            @ForAll @LongRange(max = 3 * 24 * 3600) long moreSeconds,
            @ForAll boolean lost,
            @ForAll @IntRange(max = 100) int member) {
        long shorter = fee(rate, seconds, lost, member);
        long longer = fee(rate, seconds + moreSeconds, lost, member);

        assertThat(longer).isGreaterThanOrEqualTo(shorter);
    }

    @Property
    void feeNeverExceedsTheDailyMaximaPlusLostTicket(
            @ForAll("rates") TariffRate rate,
            @ForAll @LongRange(max = TEN_DAYS_SECONDS) long seconds,
            @ForAll boolean lost,
            @ForAll @IntRange(max = 100) int member) {
        long startedHours = (seconds + 3_599) / 3_600;
        long blocks = (startedHours + 23) / 24;
        long bound = blocks * rate.maxPerDay() + (lost ? rate.lostTicket() : 0);

        assertThat(fee(rate, seconds, lost, member)).isBetween(0L, bound);
    }

    @Property
    void linesSumToTheFee(
            @ForAll("rates") TariffRate rate,
            @ForAll @LongRange(max = TEN_DAYS_SECONDS) long seconds,
            @ForAll boolean lost,
            @ForAll @IntRange(max = 100) int member) {
        FeeQuote quote = quote(rate, seconds, lost, member);

        assertThat(quote.lines().stream().mapToLong(FeeLine::amount).sum()).isEqualTo(quote.fee());
    }

    @Property
    void fullMembersPayNothing(
            @ForAll("rates") TariffRate rate,
            @ForAll @LongRange(max = TEN_DAYS_SECONDS) long seconds,
            @ForAll boolean lost) {
        assertThat(fee(rate, seconds, lost, 100)).isZero();
    }

    @Property
    void feeMatchesAnHourByHourReadingOfTheRule(
            @ForAll("rates") TariffRate rate,
            @ForAll @LongRange(max = TEN_DAYS_SECONDS) long seconds,
            @ForAll boolean lost,
            @ForAll @IntRange(max = 100) int member) {
        // Deliberately naive: walk every started hour, closing a block every 24 hours.
        long timeCharge = 0;
        if (seconds > rate.grace().getSeconds()) {
            long hours = (seconds + 3_599) / 3_600;
            long block = 0;
            for (long hour = 1; hour <= hours; hour++) {
                block += hour == 1 ? rate.firstHour() : rate.nextHour();
                if (hour % 24 == 0 || hour == hours) {
                    timeCharge += Math.min(block, rate.maxPerDay());
                    block = 0;
                }
            }
        }
        long gross = timeCharge + (lost ? rate.lostTicket() : 0);
        long expected = gross - gross * member / 100;

        assertThat(fee(rate, seconds, lost, member)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<TariffRate> rates() {
        Arbitrary<Long> amounts = Arbitraries.longs().between(0, 200_000);
        Arbitrary<TariffRate> random = Combinators.combine(
                        Arbitraries.longs().between(0, 3_600).map(Duration::ofSeconds),
                        amounts,
                        amounts,
                        amounts,
                        amounts)
                .as(TariffRate::new);
        Arbitrary<TariffRate> defaults = Arbitraries.of(VehicleType.class).map(Tariff.defaults()::rate);
        return Arbitraries.oneOf(defaults, random);
    }

    private static long fee(TariffRate rate, long seconds, boolean lost, int member) {
        return quote(rate, seconds, lost, member).fee();
    }

    private static FeeQuote quote(TariffRate rate, long seconds, boolean lost, int member) {
        FeeRequest request = new FeeRequest(VehicleType.MOBIL, ENTRY, ENTRY.plusSeconds(seconds), lost, member);
        return FeeCalculator.quote(FeeCalculatorTest.uniform(rate), request);
    }
}
