package id.sistemparkir.server.tariff;

import id.sistemparkir.core.tariff.Tariff;
import id.sistemparkir.core.tariff.TariffRate;
import id.sistemparkir.core.tariff.TariffSchedule;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Tariff versions in the database. The schedule is read on every use but cached briefly: a fee is computed for every
 * exit and quote, while tariffs change a few times a year (and another server node may change them).
 */
public final class TariffRepository {

    private static final Duration CACHE_TTL = Duration.ofSeconds(10);

    private final Jdbi jdbi;
    private final Clock clock;
    private volatile TariffSchedule cached;
    private volatile Instant cachedAt = Instant.MIN;

    public TariffRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public TariffSchedule schedule() {
        TariffSchedule current = fresh();
        return current != null ? current : remember(jdbi.withHandle(this::load));
    }

    /** The same, reading through the caller's handle: inside a transaction, never ask the pool for a second one. */
    public TariffSchedule schedule(Handle h) {
        TariffSchedule current = fresh();
        return current != null ? current : remember(load(h));
    }

    private TariffSchedule fresh() {
        TariffSchedule current = cached;
        return current != null && !cachedAt.plus(CACHE_TTL).isBefore(clock.instant()) ? current : null;
    }

    private TariffSchedule remember(TariffSchedule schedule) {
        cachedAt = clock.instant();
        cached = schedule;
        return schedule;
    }

    public TariffSchedule load(Handle h) {
        Map<Integer, Instant> effective = new TreeMap<>();
        Map<Integer, Map<VehicleType, TariffRate>> rates = new TreeMap<>();
        h.createQuery("SELECT v.version, v.effective_from, r.vehicle_type, r.grace_seconds, r.first_hour,"
                        + " r.next_hour, r.max_per_day, r.lost_ticket FROM tariff_versions v"
                        + " JOIN tariff_rates r ON r.version = v.version ORDER BY v.version")
                .map((rs, ctx) -> {
                    int version = rs.getInt("version");
                    effective.put(
                            version,
                            ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "effective_from", ctx));
                    rates.computeIfAbsent(version, v -> new EnumMap<>(VehicleType.class))
                            .put(
                                    VehicleType.valueOf(rs.getString("vehicle_type")),
                                    new TariffRate(
                                            Duration.ofSeconds(rs.getInt("grace_seconds")),
                                            rs.getLong("first_hour"),
                                            rs.getLong("next_hour"),
                                            rs.getLong("max_per_day"),
                                            rs.getLong("lost_ticket")));
                    return version;
                })
                .list();
        List<Tariff> versions = new ArrayList<>();
        effective.forEach((version, from) -> versions.add(new Tariff(version, from, rates.get(version))));
        return new TariffSchedule(versions);
    }

    /** Stores a new version in the caller's transaction; the caller audits and publishes it. */
    public void insert(Handle h, Tariff tariff, String actor, Instant now) {
        h.createUpdate("INSERT INTO tariff_versions (version, effective_from, created_at, created_by)"
                        + " VALUES (:version, :from, :now, :actor)")
                .bind("version", tariff.version())
                .bind("from", tariff.effectiveFrom())
                .bind("now", now)
                .bind("actor", actor)
                .execute();
        for (VehicleType type : VehicleType.values()) {
            TariffRate rate = tariff.rate(type);
            h.createUpdate("INSERT INTO tariff_rates (version, vehicle_type, grace_seconds, first_hour, next_hour,"
                            + " max_per_day, lost_ticket) VALUES (:version, :type, :grace, :first, :next, :max, :lost)")
                    .bind("version", tariff.version())
                    .bind("type", type.name())
                    .bind("grace", (int) rate.grace().toSeconds())
                    .bind("first", rate.firstHour())
                    .bind("next", rate.nextHour())
                    .bind("max", rate.maxPerDay())
                    .bind("lost", rate.lostTicket())
                    .execute();
        }
        invalidate();
    }

    public void invalidate() {
        cached = null;
    }
}
