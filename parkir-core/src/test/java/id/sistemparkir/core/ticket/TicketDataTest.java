package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketDataTest {

    private static final UUID ID = UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7");
    private static final Instant TIME = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void truncatesTheEntryTimeToSeconds() {
        TicketData data = new TicketData(ID, "IN1", VehicleType.MOBIL, Instant.parse("2026-11-25T01:00:00.999Z"));

        assertThat(data.entryTime()).isEqualTo(TIME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "IN1", "GATE-EXIT-NORTH1", "0", "-"})
    void acceptsGatesOfOneToSixteenUpperCaseLettersDigitsOrDashes(String gate) {
        assertThat(new TicketData(ID, gate, VehicleType.MOTOR, TIME).gate()).isEqualTo(gate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "in1", "IN 1", "IN_1", "GATE-EXIT-NORTH12", "PINTU·1", "IN1\n"})
    void rejectsOtherGates(String gate) {
        assertThatThrownBy(() -> new TicketData(ID, gate, VehicleType.MOTOR, TIME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gate");
    }

    @Test
    void rejectsMissingFieldsAndTimesOutOfRange() {
        assertThatThrownBy(() -> new TicketData(null, "IN1", VehicleType.MOBIL, TIME))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TicketData(ID, null, VehicleType.MOBIL, TIME))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TicketData(ID, "IN1", null, TIME)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TicketData(ID, "IN1", VehicleType.MOBIL, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TicketData(ID, "IN1", VehicleType.MOBIL, Instant.EPOCH.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketData(ID, "IN1", VehicleType.MOBIL, Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
