package id.sistemparkir.client.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The connection as last known.
 *
 * @param state what the indicator shows
 * @param lastCheck when the state was last confirmed or changed (a probe answer or a realtime signal); for {@code
 *     CHECKING}, when the monitor was made
 * @param latency the round trip of the last health probe the server answered; {@link Duration#ZERO} before the first
 * @param reason why, in words for logs and tooltips (English, technical), e.g. {@code database DOWN}
 */
public record ConnectionSnapshot(ConnectionState state, Instant lastCheck, Duration latency, String reason) {

    public ConnectionSnapshot {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastCheck, "lastCheck");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(reason, "reason");
    }
}
