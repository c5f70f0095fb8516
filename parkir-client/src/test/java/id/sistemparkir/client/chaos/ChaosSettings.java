package id.sistemparkir.client.chaos;

import java.time.Duration;

/**
 * What one chaos run does: its seed (the whole sequence of commands and faults follows from it), how long it injects
 * faults, on which database, with how many lanes. Read from {@code -Dchaos.seed}, {@code -Dchaos.minutes} (or
 * {@code -Dchaos.seconds}), {@code -Dchaos.db=mariadb|h2}, {@code -Dchaos.entryLanes}, {@code -Dchaos.exitLanes}.
 */
record ChaosSettings(long seed, Duration duration, String database, int entryLanes, int exitLanes) {

    static final String MARIADB = "mariadb";
    static final String H2 = "h2";

    ChaosSettings {
        if (!MARIADB.equals(database) && !H2.equals(database)) {
            throw new IllegalArgumentException("chaos.db must be mariadb or h2, not " + database);
        }
        if (entryLanes < 1 || exitLanes < 2) {
            throw new IllegalArgumentException("a chaos run needs at least one entry lane and two exit lanes");
        }
    }

    /** The settings from system properties, with these defaults. */
    static ChaosSettings fromProperties(long defaultSeed, Duration defaultDuration) {
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
                Integer.getInteger("chaos.exitLanes", 2));
    }

    boolean onMariaDb() {
        return MARIADB.equals(database);
    }

    @Override
    public String toString() {
        return "seed=" + seed + " duration=" + duration + " db=" + database + " lanes=" + entryLanes + " in + "
                + exitLanes + " out";
    }
}
