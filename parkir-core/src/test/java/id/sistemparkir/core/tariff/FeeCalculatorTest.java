package id.sistemparkir.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sistemparkir.core.tariff.FeeLine.Kind;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The breakdown lines and the quote's bookkeeping; fees themselves are in {@link FeeCalculatorTableTest}. */
class FeeCalculatorTest {

    private static final Instant ENTRY = Instant.parse("2025-03-01T08:00:00Z");

    private static FeeQuote mobil(Duration stay, boolean lost, int member) {
        return FeeCalculator.quote(
                Tariff.defaults(), new FeeRequest(VehicleType.MOBIL, ENTRY, ENTRY.plus(stay), lost, member));
    }

    @Test
    void graceStayHasOneFreeLine() {
        assertThat(mobil(Duration.ofMinutes(10), false, 0).lines())
                .containsExactly(new FeeLine(Kind.GRACE, "Gratis (masa tenggang 10 menit)", 0));
    }

    @Test
    void shortStayListsFirstAndNextHours() {
        assertThat(mobil(Duration.parse("PT2H30M"), false, 0).lines())
                .containsExactly(
                        new FeeLine(Kind.FIRST_HOUR, "Jam pertama", 5_000),
                        new FeeLine(Kind.NEXT_HOURS, "2 jam berikutnya × Rp 3.000", 6_000));
    }

    @Test
    void oneHourHasNoNextHoursLine() {
        assertThat(mobil(Duration.ofHours(1), false, 0).lines())
                .containsExactly(new FeeLine(Kind.FIRST_HOUR, "Jam pertama", 5_000));
    }

    @Test
    void multiDayStayShowsCapReductionsPerBlock() {
        // 74 started hours: 5.000 + 73 × 3.000 = 224.000 before caps.
        // Block 1: 5.000 + 23 × 3.000 = 74.000 → 40.000 (−34.000). Blocks 2–3: 72.000 → 40.000 (−32.000 each).
        // Block 4: 2 × 3.000 = 6.000, under the cap. Total 126.000.
        FeeQuote quote = mobil(Duration.parse("P3DT2H"), false, 0);

        assertThat(quote.lines())
                .containsExactly(
                        new FeeLine(Kind.FIRST_HOUR, "Jam pertama", 5_000),
                        new FeeLine(Kind.NEXT_HOURS, "73 jam berikutnya × Rp 3.000", 219_000),
                        new FeeLine(Kind.DAILY_CAP, "Batas maksimum per 24 jam (blok 1): potongan", -34_000),
                        new FeeLine(Kind.DAILY_CAP, "Batas maksimum per 24 jam (blok 2–3): potongan", -64_000));
        assertThat(quote.fee()).isEqualTo(126_000);
    }

    @Test
    void aCappedPartialLastBlockGetsItsOwnLine() {
        // 2 days 20 h = 68 started hours. Block 1 −34.000; block 2 (24 h) −32.000;
        // block 3 (20 h × 3.000 = 60.000) −20.000. Total 40.000 × 3 = 120.000.
        FeeQuote quote = mobil(Duration.parse("P2DT20H"), false, 0);

        assertThat(quote.lines())
                .filteredOn(line -> line.kind() == Kind.DAILY_CAP)
                .extracting(FeeLine::description, FeeLine::amount)
                .containsExactly(
                        tuple("Batas maksimum per 24 jam (blok 1): potongan", -34_000L),
                        tuple("Batas maksimum per 24 jam (blok 2): potongan", -32_000L),
                        tuple("Batas maksimum per 24 jam (blok 3): potongan", -20_000L));
        assertThat(quote.fee()).isEqualTo(120_000);
    }

    @Test
    void lostTicketAndMemberDiscountAreLinesToo() {
        FeeQuote quote = mobil(Duration.parse("PT2H30M"), true, 100);

        assertThat(quote.lines())
                .endsWith(
                        new FeeLine(Kind.LOST_TICKET, "Tiket hilang", 50_000),
                        new FeeLine(Kind.MEMBER_DISCOUNT, "Diskon member 100%", -61_000));
        assertThat(quote.fee()).isZero();
    }

    @Test
    void memberDiscountIsRoundedDownSoTheMemberPaysWholeRupiah() {
        Tariff odd = uniform(new TariffRate(Duration.ZERO, 1_001, 0, 1_001, 0));
        FeeRequest half = new FeeRequest(VehicleType.MOTOR, ENTRY, ENTRY.plusSeconds(60), false, 50);
        FeeRequest third = new FeeRequest(VehicleType.MOTOR, ENTRY, ENTRY.plusSeconds(60), false, 33);

        // 50% of 1.001 = 500,5 → discount 500, pays 501. 33% of 1.001 = 330,33 → discount 330, pays 671.
        assertThat(FeeCalculator.quote(odd, half).fee()).isEqualTo(501);
        assertThat(FeeCalculator.quote(odd, third).fee()).isEqualTo(671);
    }

    @Test
    void quoteRecordsWhatItWasComputedFrom() {
        FeeQuote quote = mobil(Duration.ofMinutes(61), true, 50);

        assertThat(quote.tariffVersion()).isEqualTo(1);
        assertThat(quote.vehicleType()).isEqualTo(VehicleType.MOBIL);
        assertThat(quote.entryTime()).isEqualTo(ENTRY);
        assertThat(quote.exitTime()).isEqualTo(ENTRY.plusSeconds(61 * 60));
        assertThat(quote.duration()).isEqualTo(Duration.ofMinutes(61));
        assertThat(quote.lostTicket()).isTrue();
        assertThat(quote.memberDiscountPercent()).isEqualTo(50);
    }

    @Test
    void graceWordingHandlesOtherDurations() {
        assertThat(FeeLines.wording(Duration.ofSeconds(90))).isEqualTo("1 menit 30 detik");
        assertThat(FeeLines.wording(Duration.ofMinutes(75))).isEqualTo("1 jam 15 menit");
        assertThat(FeeLines.wording(Duration.ZERO)).isEqualTo("0 menit");
    }

    @Test
    void aYearLongStayIsPricedWithoutWalkingEveryHour() {
        // 365 days = 8.760 hours = 365 full blocks of 40.000.
        assertThat(mobil(Duration.ofDays(365), false, 0).fee()).isEqualTo(365 * 40_000L);
    }

    static Tariff uniform(TariffRate rate) {
        Map<VehicleType, TariffRate> rates = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            rates.put(type, rate);
        }
        return new Tariff(1, Instant.EPOCH, rates);
    }
}
