package id.sistemparkir.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary cases of DESIGN §7 with the default tariff, each expected fee worked out by hand (never by
 * calling the engine) so that a wrong engine cannot agree with itself.
 */
class FeeCalculatorTableTest {

    private static final Instant ENTRY = Instant.parse("2025-03-01T08:00:00Z");

    @ParameterizedTest(name = "{0} {1} lost={2} member={3}% → {4}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # MOTOR: grace 10 min, first 2.000, next 1.000, max 10.000 per 24 h, lost 20.000
            MOTOR | PT0S        | false | 0   | 0
            MOTOR | PT10M       | false | 0   | 0
            MOTOR | PT10M1S     | false | 0   | 2000
            MOTOR | PT60M       | false | 0   | 2000
            MOTOR | PT61M       | false | 0   | 3000
            MOTOR | PT2H30M     | false | 0   | 4000
            MOTOR | PT9H        | false | 0   | 10000
            MOTOR | PT13H       | false | 0   | 10000
            MOTOR | PT23H59M    | false | 0   | 10000
            MOTOR | PT24H       | false | 0   | 10000
            MOTOR | PT24H1M     | false | 0   | 11000
            MOTOR | P3DT2H      | false | 0   | 32000
            MOTOR | PT2H30M     | true  | 0   | 24000
            MOTOR | PT0S        | true  | 0   | 20000
            MOTOR | PT2H30M     | false | 100 | 0
            MOTOR | PT2H30M     | true  | 100 | 0
            MOTOR | PT2H30M     | false | 50  | 2000
            MOTOR | PT2H30M     | true  | 50  | 12000
            # MOBIL: grace 10 min, first 5.000, next 3.000, max 40.000 per 24 h, lost 50.000
            MOBIL | PT0S        | false | 0   | 0
            MOBIL | PT10M       | false | 0   | 0
            MOBIL | PT10M0.001S | false | 0   | 5000
            MOBIL | PT10M1S     | false | 0   | 5000
            MOBIL | PT60M       | false | 0   | 5000
            MOBIL | PT61M       | false | 0   | 8000
            MOBIL | PT2H30M     | false | 0   | 11000
            MOBIL | PT13H       | false | 0   | 40000
            MOBIL | PT23H59M    | false | 0   | 40000
            MOBIL | PT24H       | false | 0   | 40000
            MOBIL | PT24H1M     | false | 0   | 43000
            MOBIL | PT25H       | false | 0   | 43000
            MOBIL | PT47H       | false | 0   | 80000
            MOBIL | PT48H       | false | 0   | 80000
            MOBIL | PT48H1S     | false | 0   | 83000
            MOBIL | P3DT2H      | false | 0   | 126000
            MOBIL | PT2H30M     | true  | 0   | 61000
            MOBIL | PT0S        | true  | 0   | 50000
            MOBIL | PT2H30M     | false | 100 | 0
            MOBIL | PT2H30M     | true  | 100 | 0
            MOBIL | PT2H30M     | false | 50  | 5500
            MOBIL | PT2H30M     | true  | 50  | 30500
            # TRUK: grace 10 min, first 10.000, next 5.000, max 80.000 per 24 h, lost 100.000
            TRUK  | PT0S        | false | 0   | 0
            TRUK  | PT10M       | false | 0   | 0
            TRUK  | PT10M1S     | false | 0   | 10000
            TRUK  | PT60M       | false | 0   | 10000
            TRUK  | PT61M       | false | 0   | 15000
            TRUK  | PT2H30M     | false | 0   | 20000
            TRUK  | PT13H       | false | 0   | 70000
            TRUK  | PT15H       | false | 0   | 80000
            TRUK  | PT16H       | false | 0   | 80000
            TRUK  | PT23H59M    | false | 0   | 80000
            TRUK  | PT24H       | false | 0   | 80000
            TRUK  | PT24H1M     | false | 0   | 85000
            TRUK  | P3DT2H      | false | 0   | 250000
            TRUK  | PT2H30M     | true  | 0   | 120000
            TRUK  | PT0S        | true  | 0   | 100000
            TRUK  | PT2H30M     | false | 100 | 0
            TRUK  | PT2H30M     | true  | 100 | 0
            TRUK  | PT2H30M     | false | 50  | 10000
            TRUK  | PT2H30M     | true  | 50  | 60000
            """)
    void defaultTariff(VehicleType type, Duration stay, boolean lost, int member, long expectedFee) {
        FeeRequest request = new FeeRequest(type, ENTRY, ENTRY.plus(stay), lost, member);

        FeeQuote quote = FeeCalculator.quote(Tariff.defaults(), request);

        assertThat(quote.fee()).isEqualTo(expectedFee);
        assertThat(quote.lines().stream().mapToLong(FeeLine::amount).sum()).isEqualTo(expectedFee);
    }
}
