package id.sistemparkir.client.chaos;

import java.time.Duration;

/**
 * What one chaos run does: its seed (the whole sequence of commands and faults follows from it), how long it injects
 * faults, on which database, with how many lanes. Read from {@code -Dchaos.seed}, {@code -Dchaos.minutes} (or
 * {@code -Dchaos.seconds}), {@code -Dchaos.db=mariadb|h2}, {@code -Dchaos.entryLanes}, {@code -Dchaos.exitLanes}, {@code -Dchaos.faultPercent} (the share of
 * steps that inject a fault; the rest are operators' commands, syncs and heals).
 */
record ChaosSettings(long seed, Duration duration, String database, int entryLanes, int exitLanes, int faultPercent) {

    static final String MARIADB = "mariadb";
    static final String H2 = "h2";

    ChaosSettings {
        if (!MARIADB.equals(database) && !H2.equals(database)) {
            throw new IllegalArgumentException("chaos.db must be mariadb or h2, not " + database);
        }
        if (entryLanes < 1 || exitLanes < 2) {
            throw new IllegalArgumentException("a chaos run needs at least one entry lane and two exit lanes");
        }
        if (faultPercent < 1 || faultPercent > 90) {
            throw new IllegalArgumentException("chaos.faultPercent must be 1..90, not " + faultPercent);
        }
    }

    /** The settings from system properties, with these defaults. */
    static ChaosSettings fromProperties(long defaultSeed, Duration defaultDuration, int defaultFaultPercent) {
        Duration duration = defaultDuration;
        if (System.getProperty("chaos.minutes") != null) {
            duration = Duration.ofMinutes(Long.parseLong(System.getProperty("chaos.minutes")));
        } else if (System.getProperty("chaos.seconds") != null) {
            duration = Duration.ofSeconds(Long.parseLong(System.getProperty("chaos.seconds")));
        }
        return new ChaosSettings(
                Long.getLong("chaos.seed", defaultSeed),
                duration,
                System.getProperty("chaos.db", MARIADB),
                Integer.getInteger("chaos.entryLanes", 2),
                Integer.getInteger("chaos.exitLanes", 2),
                Integer.getInteger("chaos.faultPercent", defaultFaultPercent));
    }

    boolean onMariaDb() {
        return MARIADB.equals(database);
    }

    @Override
    public String toString() {
        return "seed=" + seed + " duration=" + duration + " db=" + database + " lanes=" + entryLanes + " in + "
                + exitLanes + " out faults=" + faultPercent + "% of steps";
    }
}
