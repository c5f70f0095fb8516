package id.sistemparkir.client.device.barrier;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A barrier that only logs and remembers: for tests and demos. Starts {@link BarrierState#CLOSED}. Can be put into
 * {@link BarrierState#FAULT} to show how a lane carries on when its barrier fails.
 */
public final class SimulatedBarrier implements Barrier {

    private static final Logger log = LoggerFactory.getLogger(SimulatedBarrier.class);

    private final BarrierEvents events;
    private BarrierState state = BarrierState.CLOSED;
    private Optional<String> fault = Optional.empty();

    public SimulatedBarrier(Clock clock) {
        this.events = new BarrierEvents(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public synchronized void open(String reason) throws DeviceException {
        move(BarrierState.OPEN, reason);
    }

    @Override
    public synchronized void lower(String reason) throws DeviceException {
        move(BarrierState.CLOSED, reason);
    }

    @Override
    public synchronized BarrierState state() {
        return fault.isPresent() ? BarrierState.FAULT : state;
    }

    /** From now on the barrier is in FAULT and every command fails with this operator message. */
    public synchronized void simulateFault(String message) {
        fault = Optional.of(Objects.requireNonNull(message, "message"));
        events.add(BarrierState.FAULT, message);
        log.warn("Simulated barrier: FAULT ({})", message);
    }

    /** The fault is over; the arm is where it was. */
    public synchronized void clearFault() {
        fault = Optional.empty();
        events.add(state, "fault cleared");
        log.info("Simulated barrier: fault cleared, {}", state);
    }

    /** The last 50 events, oldest first. */
    public List<BarrierEvent> recentEvents() {
        return events.list();
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    private void move(BarrierState target, String reason) throws DeviceException {
        Objects.requireNonNull(reason, "reason");
        if (fault.isPresent()) {
            throw new DeviceException(DeviceKind.BARRIER, fault.get());
        }
        state = target;
        events.add(target, reason);
        log.info("Simulated barrier: {} ({})", target, reason);
    }
}
