package id.sistemparkir.client.connection;

import id.sistemparkir.client.realtime.RealtimeListener;
import id.sistemparkir.core.contract.RealtimeFrame;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares this station's clock with the server's (DESIGN §5: a lane whose clock is off by more than 60 s warns its
 * operator; fees and audits depend on lane clocks agreeing with the server's). Fed with {@code hello.serverTime} as a
 * {@link RealtimeListener}, or with any server time through {@link #record}.
 *
 * <p>The skew is {@code local − server}: positive when this station's clock is ahead. Network delay makes it a few
 * milliseconds too small, which is nothing against a 60 s limit. Thread-safe.
 */
public final class ClockCheck implements RealtimeListener {

    private static final Logger log = LoggerFactory.getLogger(ClockCheck.class);

    public static final Duration MAX_SKEW = Duration.ofSeconds(60);

    private final Clock clock;
    private final List<Consumer<Optional<Duration>>> listeners = new CopyOnWriteArrayList<>();

    private Duration lastSkew = Duration.ZERO; // guarded by this
    private boolean skewed; // guarded by this

    public ClockCheck(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Measures the skew against {@code serverTime} (taken just now by the server).
     *
     * @return the skew when it is more than {@link #MAX_SKEW} either way, else empty
     */
    public synchronized Optional<Duration> record(Instant serverTime) {
        Objects.requireNonNull(serverTime, "serverTime");
        Duration skew = Duration.between(serverTime, clock.instant());
        boolean off = skew.abs().compareTo(MAX_SKEW) > 0;
        boolean changed = off != skewed;
        lastSkew = skew;
        skewed = off;
        Optional<Duration> result = off ? Optional.of(skew) : Optional.empty();
        if (changed) {
            if (off) {
                log.warn(
                        "This station's clock is {} s {} the server's (more than {} s): fees and audit times will be"
                                + " wrong; correct the clock",
                        skew.abs().toSeconds(),
                        skew.isNegative() ? "behind" : "ahead of",
                        MAX_SKEW.toSeconds());
            } else {
                log.info("This station's clock agrees with the server's again (skew {} ms)", skew.toMillis());
            }
            listeners.forEach(listener -> listener.accept(result));
        }
        return result;
    }

    /** The skew last measured ({@code local − server}); zero before the first measurement. */
    public synchronized Duration lastSkew() {
        return lastSkew;
    }

    /** Whether the last measurement was beyond {@link #MAX_SKEW}. */
    public synchronized boolean skewed() {
        return skewed;
    }

    /**
     * Called when the verdict changes: the skew when it became too large, empty when it is fine again. Runs on the
     * recording thread; must not block.
     */
    public void addListener(Consumer<Optional<Duration>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void onConnected(RealtimeFrame.Hello hello) {
        if (hello.serverTime() != null) {
            record(hello.serverTime());
        }
    }
}
