package id.sistemparkir.client.device.barrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedBarrierTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    private final SimulatedBarrier barrier = new SimulatedBarrier(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void startsClosedAndRemembersWhatHappened() throws Exception {
        assertThat(barrier.state()).isEqualTo(BarrierState.CLOSED);

        barrier.open("entry B 1234 XYZ");
        assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
        barrier.lower("vehicle passed");

        assertThat(barrier.state()).isEqualTo(BarrierState.CLOSED);
        assertThat(barrier.recentEvents())
                .containsExactly(
                        new BarrierEvent(NOW, BarrierState.OPEN, "entry B 1234 XYZ"),
                        new BarrierEvent(NOW, BarrierState.CLOSED, "vehicle passed"));
    }

    @Test
    void aSimulatedFaultFailsCommandsUntilCleared() throws Exception {
        barrier.simulateFault("Palang macet");

        assertThat(barrier.state()).isEqualTo(BarrierState.FAULT);
        assertThatThrownBy(() -> barrier.open("entry"))
                .isInstanceOf(DeviceException.class)
                .hasMessage("Palang macet")
                .satisfies(e -> assertThat(((DeviceException) e).kind()).isEqualTo(DeviceKind.BARRIER));

        barrier.clearFault();
        barrier.open("entry");
        assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
    }

    @Test
    void keepsOnlyTheLastEvents() throws Exception {
        for (int i = 0; i < BarrierEvents.CAPACITY + 10; i++) {
            barrier.open("entry " + i);
        }

        assertThat(barrier.recentEvents()).hasSize(BarrierEvents.CAPACITY);
        assertThat(barrier.recentEvents().get(0).reason()).isEqualTo("entry 10");
    }
}
