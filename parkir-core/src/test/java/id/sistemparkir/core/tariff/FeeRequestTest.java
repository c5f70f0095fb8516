package id.sistemparkir.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeeRequestTest {

    private static final Instant ENTRY = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void exitBeforeEntryIsRejectedWithAReason() {
        assertThatThrownBy(() -> FeeRequest.of(VehicleType.MOBIL, ENTRY, ENTRY.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before entry time");
    }

    @Test
    void exitAtEntryIsAZeroStay() {
        FeeRequest request = FeeRequest.of(VehicleType.MOBIL, ENTRY, ENTRY);

        assertThat(request.duration()).isZero();
        assertThat(FeeCalculator.quote(Tariff.defaults(), request).fee()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void discountOutsideZeroToHundredIsRejected(int percent) {
        assertThatThrownBy(() -> new FeeRequest(VehicleType.MOTOR, ENTRY, ENTRY, false, percent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0–100");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100})
    void discountBoundsAreAccepted(int percent) {
        assertThat(new FeeRequest(VehicleType.MOTOR, ENTRY, ENTRY, false, percent).memberDiscountPercent())
                .isEqualTo(percent);
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> FeeRequest.of(null, ENTRY, ENTRY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FeeRequest.of(VehicleType.TRUK, null, ENTRY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FeeRequest.of(VehicleType.TRUK, ENTRY, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void durationIsExitMinusEntry() {
        assertThat(FeeRequest.of(VehicleType.TRUK, ENTRY, ENTRY.plusSeconds(3_601))
                        .duration())
                .isEqualTo(Duration.ofSeconds(3_601));
    }
}
