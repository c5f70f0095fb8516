package id.sistemparkir.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TariffTest {

    private static final TariffRate RATE = new TariffRate(Duration.ofMinutes(5), 1, 2, 3, 4);

    @Test
    void defaultsMatchTheDesignTable() {
        Tariff tariff = Tariff.defaults();
        Duration tenMinutes = Duration.ofMinutes(10);

        assertThat(tariff.version()).isEqualTo(1);
        assertThat(tariff.effectiveFrom())
                .isEqualTo(Tariff.DEFAULT_EFFECTIVE_FROM)
                .isEqualTo(Instant.EPOCH);
        assertThat(tariff.rate(VehicleType.MOTOR)).isEqualTo(new TariffRate(tenMinutes, 2_000, 1_000, 10_000, 20_000));
        assertThat(tariff.rate(VehicleType.MOBIL)).isEqualTo(new TariffRate(tenMinutes, 5_000, 3_000, 40_000, 50_000));
        assertThat(tariff.rate(VehicleType.TRUK)).isEqualTo(new TariffRate(tenMinutes, 10_000, 5_000, 80_000, 100_000));
    }

    @Test
    void defaultsCanStartAtAGivenInstant() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");

        assertThat(Tariff.defaults(start).effectiveFrom()).isEqualTo(start);
    }

    @Test
    void ratesAreCopiedAndUnmodifiable() {
        Map<VehicleType, TariffRate> rates = new HashMap<>(allClasses(RATE));
        Tariff tariff = new Tariff(2, Instant.EPOCH, rates);
        rates.put(VehicleType.MOBIL, new TariffRate(Duration.ZERO, 9, 9, 9, 9));

        assertThat(tariff.rate(VehicleType.MOBIL)).isEqualTo(RATE);
        assertThatThrownBy(() -> tariff.rates().put(VehicleType.MOBIL, RATE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(tariff.rates().keySet()).containsExactly(VehicleType.values());
    }

    @Test
    void everyClassNeedsARate() {
        Map<VehicleType, TariffRate> rates = allClasses(RATE);
        rates.remove(VehicleType.TRUK);

        assertThatThrownBy(() -> new Tariff(1, Instant.EPOCH, rates))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TRUK");
    }

    @Test
    void versionMustBePositive() {
        assertThatThrownBy(() -> new Tariff(0, Instant.EPOCH, allClasses(RATE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void rateRejectsNegativeValues() {
        assertThatThrownBy(() -> new TariffRate(Duration.ofSeconds(-1), 0, 0, 0, 0))
                .hasMessageContaining("grace");
        assertThatThrownBy(() -> new TariffRate(Duration.ZERO, -1, 0, 0, 0)).hasMessageContaining("firstHour");
        assertThatThrownBy(() -> new TariffRate(Duration.ZERO, 0, -1, 0, 0)).hasMessageContaining("nextHour");
        assertThatThrownBy(() -> new TariffRate(Duration.ZERO, 0, 0, -1, 0)).hasMessageContaining("maxPerDay");
        assertThatThrownBy(() -> new TariffRate(Duration.ZERO, 0, 0, 0, -1)).hasMessageContaining("lostTicket");
        assertThatThrownBy(() -> new TariffRate(null, 0, 0, 0, 0)).isInstanceOf(NullPointerException.class);
        assertThat(new TariffRate(Duration.ZERO, 0, 0, 0, 0).grace()).isZero();
    }

    static Map<VehicleType, TariffRate> allClasses(TariffRate rate) {
        Map<VehicleType, TariffRate> rates = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            rates.put(type, rate);
        }
        return rates;
    }
}
