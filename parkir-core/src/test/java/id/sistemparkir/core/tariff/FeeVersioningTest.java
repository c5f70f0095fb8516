package id.sistemparkir.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN §7: a fee is always computed with the tariff in force at entry time. */
class FeeVersioningTest {

    private static final Instant CHANGE = Instant.parse("2025-06-01T00:00:00Z");
    private static final TariffSchedule SCHEDULE =
            new TariffSchedule(List.of(Tariff.defaults(), TariffScheduleTest.version(2, CHANGE, 7_000)));

    @Test
    void aStaySpanningATariffChangeUsesTheTariffAtEntry() {
        FeeRequest request =
                FeeRequest.of(VehicleType.MOBIL, CHANGE.minusSeconds(30 * 60), CHANGE.plusSeconds(20 * 60));

        FeeQuote quote = FeeCalculator.quote(SCHEDULE, request);

        assertThat(quote.tariffVersion()).isEqualTo(1);
        assertThat(quote.fee()).isEqualTo(5_000);
    }

    @Test
    void aStayEnteringAtTheChangeUsesTheNewTariff() {
        FeeQuote quote =
                FeeCalculator.quote(SCHEDULE, FeeRequest.of(VehicleType.MOBIL, CHANGE, CHANGE.plusSeconds(50 * 60)));

        assertThat(quote.tariffVersion()).isEqualTo(2);
        assertThat(quote.fee()).isEqualTo(7_000);
    }

    @Test
    void theDefaultScheduleGivesTheDefaultFee() {
        Instant entry = Instant.parse("2025-03-01T08:00:00Z");

        FeeQuote quote = FeeCalculator.quote(
                TariffSchedule.defaults(), FeeRequest.of(VehicleType.MOBIL, entry, entry.plusSeconds(61 * 60)));

        assertThat(quote.fee()).isEqualTo(8_000);
    }
}
