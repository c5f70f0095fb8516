package id.sistemparkir.client.chaos;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The lanes' clock: runs {@code speed} times faster than real time, starting far enough in the past that it never
 * passes the server's clock during the run. A car that stays 30 real seconds stays an hour at speed 120, so fees are
 * real amounts (first hour, next hours, the daily cap), not the grace period's zero.
 */
final class ChaosClock extends Clock {

    private final long realStart = System.currentTimeMillis();
    private final long laneStart;
    private final long speed;

    ChaosClock(long speed, Duration runLength) {
        this.speed = speed;
        // The whole run at this speed, plus an hour for the heal phase and a restarted server.
        this.laneStart = realStart - runLength.plusHours(1).toMillis() * speed;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(laneStart + (System.currentTimeMillis() - realStart) * speed);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the chaos clock is UTC");
    }
}
