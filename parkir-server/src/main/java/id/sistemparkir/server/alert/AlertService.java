package id.sistemparkir.server.alert;

import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.session.SessionRecord;
import id.sistemparkir.server.session.SessionRecords;
import id.sistemparkir.server.settings.GarageSettings;
import id.sistemparkir.server.settings.SettingsService;
import id.sistemparkir.server.station.StationInfo;
import id.sistemparkir.server.station.StationsService;
import id.sistemparkir.server.stats.StatsNow;
import id.sistemparkir.server.stats.StatsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The alerts that hold now, computed from the sessions, stations and pending exits against the settings. */
public final class AlertService {

    /** At most this many long stays are listed one by one. */
    static final int MAX_LONG_STAYS = 200;

    private final Jdbi jdbi;
    private final SettingsService settings;
    private final StationsService stations;
    private final Clock clock;

    public AlertService(Jdbi jdbi, SettingsService settings, StationsService stations, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.stations = stations;
        this.clock = clock;
    }

    public List<Alert> current() {
        Instant now = clock.instant();
        GarageSettings limits = settings.current();
        List<Alert> alerts = new ArrayList<>();
        jdbi.useHandle(h -> {
            occupancy(h, limits, now, alerts);
            longStays(h, limits, now, alerts);
            pendingExits(h, limits, now, alerts);
        });
        for (StationInfo station : stations.list()) {
            boolean waiting = positive(station.pendingOffline()) || positive(station.needsAttention());
            if (station.offline() && waiting) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("lastSeen", station.lastSeen());
                details.put("pendingOffline", station.pendingOffline());
                details.put("needsAttention", station.needsAttention());
                alerts.add(Alert.of("LANE_OFFLINE", station.code(), now, details));
            }
        }
        return alerts;
    }

    private static void occupancy(Handle h, GarageSettings limits, Instant now, List<Alert> alerts) {
        Map<VehicleType, Long> inside = StatsService.insideByClass(h);
        for (VehicleType type : VehicleType.values()) {
            StatsNow.ClassOccupancy o = StatsService.occupancy(type, inside.get(type), limits.capacityOf(type));
            if (o.percent() != null && o.percent() >= limits.occupancyAlertPercent()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("inside", o.inside());
                details.put("capacity", o.capacity());
                details.put("percent", o.percent());
                details.put("threshold", limits.occupancyAlertPercent());
                alerts.add(Alert.of("OCCUPANCY_HIGH", type.name(), now, details));
            }
        }
    }

    private static void longStays(Handle h, GarageSettings limits, Instant now, List<Alert> alerts) {
        Instant before = now.minus(Duration.ofHours(limits.longStayHours()));
        for (SessionRecord s : SessionRecords.active(h, before, MAX_LONG_STAYS)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("plate", s.plateDisplay());
            details.put("vehicleType", s.vehicleType());
            details.put("entryTime", s.entryTime());
            details.put("hours", Duration.between(s.entryTime(), now).toHours());
            alerts.add(Alert.of("LONG_STAY", s.id().toString(), now, details));
        }
    }

    private static void pendingExits(Handle h, GarageSettings limits, Instant now, List<Alert> alerts) {
        Instant before = now.minus(Duration.ofMinutes(limits.pendingExitMinutes()));
        h.createQuery("SELECT id, received_at FROM pending_exits WHERE received_at < :before ORDER BY received_at"
                        + " LIMIT 200")
                .bind("before", before)
                .map((rs, ctx) -> {
                    Instant received =
                            ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "received_at", ctx);
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("receivedAt", received);
                    details.put("minutes", Duration.between(received, now).toMinutes());
                    return Alert.of("PENDING_EXIT_OVERDUE", rs.getString("id").trim(), now, details);
                })
                .forEach(alerts::add);
    }

    private static boolean positive(Integer count) {
        return count != null && count > 0;
    }
}
