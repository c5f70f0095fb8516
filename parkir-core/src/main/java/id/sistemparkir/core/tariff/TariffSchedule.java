package id.sistemparkir.core.tariff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every tariff version ever published, so that a fee can always be priced with the tariff that was in
 * force when the vehicle entered. Immutable; {@link #with} returns a new schedule.
 *
 * <p>A newer version (higher number) overrides older ones from its {@code effectiveFrom} on, even if an
 * older version starts later. So an admin who scheduled version 2 for next month and then publishes
 * version 3 for tomorrow gets version 3 from tomorrow onwards and version 2 never applies: the
 * latest decision wins. When numbers and start times rise together (the usual case) this is simply
 * "the version with the latest start at or before t".
 */
public final class TariffSchedule {

    private static final Comparator<Tariff> BY_START =
            Comparator.comparing(Tariff::effectiveFrom).thenComparingInt(Tariff::version);

    private final List<Tariff> versions;

    /**
     * @param versions at least one; version numbers unique; any order (kept sorted by effectiveFrom)
     */
    public TariffSchedule(List<Tariff> versions) {
        Objects.requireNonNull(versions, "versions");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a tariff schedule needs at least one version");
        }
        Set<Integer> seen = new HashSet<>();
        for (Tariff tariff : versions) {
            Objects.requireNonNull(tariff, "tariff");
            if (!seen.add(tariff.version())) {
                throw new IllegalArgumentException("tariff version " + tariff.version() + " appears twice");
            }
        }
        List<Tariff> sorted = new ArrayList<>(versions);
        sorted.sort(BY_START);
        this.versions = List.copyOf(sorted);
    }

    /** The built-in default tariff alone. */
    public static TariffSchedule defaults() {
        return new TariffSchedule(List.of(Tariff.defaults()));
    }

    /**
     * The tariff for a session that entered at {@code time}: the highest version whose effectiveFrom is
     * at or before it. Before every version's start, the earliest-starting one applies, so a lane whose
     * clock is behind still gets a price rather than an error.
     */
    public Tariff inForceAt(Instant time) {
        Objects.requireNonNull(time, "time");
        Instant earliestStart = versions.get(0).effectiveFrom();
        Instant effective = time.isBefore(earliestStart) ? earliestStart : time;
        Tariff inForce = null;
        for (Tariff tariff : versions) {
            if (tariff.effectiveFrom().isAfter(effective)) {
                break;
            }
            if (inForce == null || tariff.version() > inForce.version()) {
                inForce = tariff;
            }
        }
        return inForce;
    }

    /** The highest version: the one in force from its start onwards, and the base for the next edit. */
    public Tariff latest() {
        return versions.stream().max(Comparator.comparingInt(Tariff::version)).orElseThrow();
    }

    /** All versions, sorted by effectiveFrom (then version); unmodifiable. */
    public List<Tariff> versions() {
        return versions;
    }

    /**
     * A new schedule with {@code next} added.
     *
     * @throws IllegalArgumentException unless next.version is greater than every existing version
     */
    public TariffSchedule with(Tariff next) {
        Objects.requireNonNull(next, "next");
        int latestVersion = latest().version();
        if (next.version() <= latestVersion) {
            throw new IllegalArgumentException(
                    "new tariff version " + next.version() + " must be greater than " + latestVersion);
        }
        List<Tariff> all = new ArrayList<>(versions);
        all.add(next);
        return new TariffSchedule(all);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TariffSchedule schedule && versions.equals(schedule.versions);
    }

    @Override
    public int hashCode() {
        return versions.hashCode();
    }

    @Override
    public String toString() {
        return "TariffSchedule" + versions;
    }
}
