package id.sistemparkir.client.device.barrier;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a barrier, for tests, demos and a diagnostics view.
 *
 * @param at when (the barrier's clock)
 * @param state the state after the change
 * @param reason why, as given to the command or found by the watchdog
 */
public record BarrierEvent(Instant at, BarrierState state, String reason) {

    public BarrierEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }
}
