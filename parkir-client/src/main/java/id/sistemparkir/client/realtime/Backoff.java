package id.sistemparkir.client.realtime;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential reconnect delays with jitter: initial, doubling, capped. Thread-safe. */
final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private final double jitter;
    private final DoubleSupplier random;

    private long nextBaseMillis; // guarded by this

    /** @param random uniform in [0, 1) */
    Backoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.jitter = jitter;
        this.random = random;
        this.nextBaseMillis = initialMillis;
    }

    /** The delay before the next attempt; the one after will be twice as long (up to the maximum). */
    synchronized Duration next() {
        long base = nextBaseMillis;
        nextBaseMillis = Math.min(maxMillis, base * 2);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.min(maxMillis, Math.round(base * factor))));
    }

    /** Back to the initial delay (after a connection that worked). */
    synchronized void reset() {
        nextBaseMillis = initialMillis;
    }
}
