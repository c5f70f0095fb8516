package id.sistemparkir.client.realtime;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing of a {@link RealtimeClient}; {@link #DEFAULTS} for production, shorter values in tests.
 *
 * @param pingInterval how often a {@code ping} is sent while the socket is open
 * @param pongTimeout a ping without its {@code pong} within this time means the server stopped answering: disconnect.
 *     A hung server is noticed within {@code pingInterval + pongTimeout} (6 s by default).
 * @param heartbeatInterval how often the {@code station} heartbeat (with the pending-offline count) is sent
 * @param initialBackoff the first reconnect delay; it doubles after every failed attempt...
 * @param maxBackoff ...up to this; a successful hello resets it
 * @param jitter each delay is multiplied by a random factor in {@code [1 - jitter, 1 + jitter]} (capped at the
 *     maximum), so that many lanes do not reconnect in lock-step after a server restart
 */
public record RealtimeOptions(
        Duration pingInterval,
        Duration pongTimeout,
        Duration heartbeatInterval,
        Duration initialBackoff,
        Duration maxBackoff,
        double jitter) {

    public static final RealtimeOptions DEFAULTS = new RealtimeOptions(
            Duration.ofSeconds(3),
            Duration.ofSeconds(3),
            Duration.ofSeconds(10),
            Duration.ofMillis(500),
            Duration.ofSeconds(30),
            0.2);

    public RealtimeOptions {
        positive(pingInterval, "pingInterval");
        positive(pongTimeout, "pongTimeout");
        positive(heartbeatInterval, "heartbeatInterval");
        positive(initialBackoff, "initialBackoff");
        positive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be below initialBackoff");
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
    }

    public RealtimeOptions withPing(Duration interval, Duration timeout) {
        return new RealtimeOptions(interval, timeout, heartbeatInterval, initialBackoff, maxBackoff, jitter);
    }

    public RealtimeOptions withHeartbeatInterval(Duration interval) {
        return new RealtimeOptions(pingInterval, pongTimeout, interval, initialBackoff, maxBackoff, jitter);
    }

    public RealtimeOptions withBackoff(Duration initial, Duration max) {
        return new RealtimeOptions(pingInterval, pongTimeout, heartbeatInterval, initial, max, jitter);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
