package id.sistemparkir.client.device.barrier;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last {@value #CAPACITY} events of a barrier, oldest dropped first. Thread-safe. */
final class BarrierEvents {

    static final int CAPACITY = 50;

    private final Clock clock;
    private final Deque<BarrierEvent> events = new ArrayDeque<>();

    BarrierEvents(Clock clock) {
        this.clock = clock;
    }

    synchronized void add(BarrierState state, String reason) {
        if (events.size() == CAPACITY) {
            events.removeFirst();
        }
        events.addLast(new BarrierEvent(clock.instant(), state, reason));
    }

    synchronized List<BarrierEvent> list() {
        return List.copyOf(events);
    }
}
