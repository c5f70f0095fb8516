package id.sistemparkir.server.stats;

import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.settings.GarageDay;
import id.sistemparkir.server.settings.GarageSettings;
import id.sistemparkir.server.settings.SettingsService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Live figures, always derived from the sessions themselves (never from counters a replay could move twice, DESIGN
 * §5a): occupancy = ACTIVE sessions; today's entries, exits and money in the garage's time zone.
 */
public final class StatsService {

    private final Jdbi jdbi;
    private final SettingsService settings;
    private final Clock clock;

    public StatsService(Jdbi jdbi, SettingsService settings, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.clock = clock;
    }

    public StatsNow now() {
        Instant now = clock.instant();
        return jdbi.withHandle(h -> {
            GarageSettings current = settings.current(h);
            GarageDay today = GarageDay.containing(now, current.timeZone());
            List<StatsNow.ClassOccupancy> occupancy = new ArrayList<>();
            Map<VehicleType, Long> inside = insideByClass(h);
            for (VehicleType type : VehicleType.values()) {
                occupancy.add(occupancy(type, inside.get(type), current.capacityOf(type)));
            }
            return new StatsNow(now, current.timeZone().getId(), today.date(), occupancy, today(h, today));
        });
    }

    public Traffic traffic(LocalDate date) {
        return jdbi.withHandle(h -> {
            GarageSettings current = settings.current(h);
            GarageDay day = GarageDay.of(date, current.timeZone());
            long[] entries = new long[24];
            long[] exits = new long[24];
            for (Instant at : times(h, "entry_time", day)) {
                entries[ZonedDateTime.ofInstant(at, day.zone()).getHour()]++;
            }
            for (Instant at : times(h, "exit_time", day)) {
                exits[ZonedDateTime.ofInstant(at, day.zone()).getHour()]++;
            }
            List<Traffic.Hour> hours = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                hours.add(new Traffic.Hour(hour, entries[hour], exits[hour]));
            }
            return new Traffic(date, current.timeZone().getId(), hours);
        });
    }

    /** One class: vehicles inside and the share of its capacity they take. */
    public static StatsNow.ClassOccupancy occupancy(VehicleType type, long inside, int capacity) {
        Integer percent = capacity > 0 ? (int) Math.min(Integer.MAX_VALUE, inside * 100 / capacity) : null;
        return new StatsNow.ClassOccupancy(type, inside, capacity, percent);
    }

    /** ACTIVE sessions per class (every class present). */
    public static Map<VehicleType, Long> insideByClass(Handle h) {
        Map<VehicleType, Long> inside = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            inside.put(type, 0L);
        }
        h.createQuery("SELECT vehicle_type, COUNT(*) AS n FROM parking_sessions WHERE status = 'ACTIVE'"
                        + " GROUP BY vehicle_type")
                .map((rs, ctx) -> inside.put(VehicleType.valueOf(rs.getString("vehicle_type")), rs.getLong("n")))
                .list();
        return inside;
    }

    private static StatsNow.Today today(Handle h, GarageDay day) {
        long entries = h.createQuery("SELECT COUNT(*) FROM parking_sessions WHERE entry_time >= :from"
                        + " AND entry_time < :to AND status <> 'VOID'")
                .bind("from", day.start())
                .bind("to", day.end())
                .mapTo(Long.class)
                .one();
        return h.createQuery(
                        "SELECT COUNT(*) AS n, COALESCE(SUM(LEAST(paid, fee)), 0) AS paid, COALESCE(SUM(fee), 0) AS fees,"
                                + " COALESCE(SUM(CASE WHEN paid < fee THEN fee - paid ELSE 0 END), 0) AS uncollected"
                                + " FROM parking_sessions WHERE status = 'EXITED' AND exit_time >= :from AND exit_time < :to")
                .bind("from", day.start())
                .bind("to", day.end())
                .map((rs, ctx) -> new StatsNow.Today(
                        entries, rs.getLong("n"), rs.getLong("paid"), rs.getLong("fees"), rs.getLong("uncollected")))
                .one();
    }

    private static List<Instant> times(Handle h, String column, GarageDay day) {
        // column is one of two constants above, never input.
        return h.createQuery("SELECT " + column + " FROM parking_sessions WHERE " + column + " >= :from AND " + column
                        + " < :to AND status <> 'VOID'")
                .bind("from", day.start())
                .bind("to", day.end())
                .mapTo(Instant.class)
                .list();
    }
}
