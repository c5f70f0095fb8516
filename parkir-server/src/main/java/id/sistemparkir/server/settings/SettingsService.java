package id.sistemparkir.server.settings;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.payment.PaymentMethods;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and changes {@link GarageSettings}. Each setting is one row of {@code settings}; a missing row means the
 * default. A stored value that no longer parses falls back to the default with a warning, so a bad row never stops
 * the server. Changes are audited with before/after and announced as {@code settings.updated}.
 */
public final class SettingsService {

    private static final Logger log = LoggerFactory.getLogger(SettingsService.class);

    static final String TIME_ZONE = "garage.timeZone";
    static final String OCCUPANCY = "alert.occupancyPercent";
    static final String LONG_STAY = "alert.longStayHours";
    static final String LANE_OFFLINE = "alert.laneOfflineMinutes";
    static final String PENDING_EXIT = "alert.pendingExitMinutes";
    static final String BACKUP_KEEP = "backup.keepDays";
    static final String BACKUP_HOUR = "backup.hour";
    static final String CAPACITY = "capacity.";

    // ON DUPLICATE KEY UPDATE: MariaDB/MySQL, and H2 in MySQL mode.
    private static final String UPSERT = "INSERT INTO settings (setting_key, setting_value, updated_at, updated_by)"
            + " VALUES (:key, :value, :at, :by) ON DUPLICATE KEY UPDATE setting_value = VALUES(setting_value),"
            + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)";

    private final Jdbi jdbi;
    private final BackOfficeEvents events;
    private final Clock clock;
    private final int pendingExitDefaultMinutes;

    public SettingsService(Jdbi jdbi, BackOfficeEvents events, Clock clock) {
        this(jdbi, events, clock, Duration.ofMinutes(GarageSettings.defaults().pendingExitMinutes()));
    }

    /** @param pendingExitDefault the pending-exit limit until the back office saves one (the server's flag) */
    public SettingsService(Jdbi jdbi, BackOfficeEvents events, Clock clock, Duration pendingExitDefault) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.pendingExitDefaultMinutes = PendingExitLimit.defaultMinutes(pendingExitDefault);
    }

    public GarageSettings current() {
        return jdbi.withHandle(this::current);
    }

    public GarageSettings current(Handle h) {
        Map<String, String> rows = new LinkedHashMap<>();
        h.createQuery("SELECT setting_key, setting_value FROM settings")
                .map((rs, ctx) -> rows.put(rs.getString("setting_key"), rs.getString("setting_value")))
                .list();
        GarageSettings d = GarageSettings.defaults();
        Map<VehicleType, Integer> capacity = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            capacity.put(type, stored(rows, CAPACITY + type.name(), 0, 0, 1_000_000));
        }
        return new GarageSettings(
                storedZone(rows.get(TIME_ZONE)),
                stored(rows, OCCUPANCY, d.occupancyAlertPercent(), 1, 100),
                stored(rows, LONG_STAY, d.longStayHours(), 1, 24 * 30),
                stored(rows, LANE_OFFLINE, d.laneOfflineMinutes(), 1, 24 * 60),
                stored(
                        rows,
                        PENDING_EXIT,
                        pendingExitDefaultMinutes,
                        PendingExitLimit.MIN_MINUTES,
                        PendingExitLimit.MAX_MINUTES),
                stored(rows, BACKUP_KEEP, d.backupKeepDays(), 1, 365),
                stored(rows, BACKUP_HOUR, d.backupHour(), 0, 23),
                capacity,
                PaymentMethodSettings.current(h));
    }

    /** @throws ApiException 400 (nothing stored) when a value is out of range or the zone unknown */
    public GarageSettings update(SettingsUpdate update, AuthUser actor) {
        Map<String, String> values = new LinkedHashMap<>();
        if (update.timeZone() != null) {
            values.put(TIME_ZONE, zone(update.timeZone()).getId());
        }
        put(values, OCCUPANCY, "occupancyAlertPercent", update.occupancyAlertPercent(), 1, 100);
        put(values, LONG_STAY, "longStayHours", update.longStayHours(), 1, 24 * 30);
        put(values, LANE_OFFLINE, "laneOfflineMinutes", update.laneOfflineMinutes(), 1, 24 * 60);
        put(
                values,
                PENDING_EXIT,
                "pendingExitMinutes",
                update.pendingExitMinutes(),
                PendingExitLimit.MIN_MINUTES,
                PendingExitLimit.MAX_MINUTES);
        put(values, BACKUP_KEEP, "backupKeepDays", update.backupKeepDays(), 1, 365);
        put(values, BACKUP_HOUR, "backupHour", update.backupHour(), 0, 23);
        if (update.paymentMethods() != null) {
            values.put(
                    PaymentMethodSettings.KEY, PaymentMethodSettings.format(paymentMethods(update.paymentMethods())));
        }
        return save(values, actor, "settings.updated", "settings");
    }

    /** Spaces per class (0 = unknown). Every class given is set; the others stay. */
    public GarageSettings updateCapacity(Map<VehicleType, Integer> capacity, AuthUser actor) {
        if (capacity == null || capacity.isEmpty()) {
            throw ApiException.badRequest("invalid_field", "Give the spaces of at least one vehicle class.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        capacity.forEach(
                (type, spaces) -> put(values, CAPACITY + type.name(), "capacity." + type.name(), spaces, 0, 1_000_000));
        return save(values, actor, "capacity.updated", "capacity");
    }

    private GarageSettings save(Map<String, String> values, AuthUser actor, String action, String target) {
        if (values.isEmpty()) {
            throw ApiException.badRequest("invalid_field", "Nothing to change.");
        }
        Instant now = clock.instant();
        GarageSettings after = jdbi.inTransaction(h -> {
            GarageSettings before = current(h);
            for (Map.Entry<String, String> entry : values.entrySet()) {
                h.createUpdate(UPSERT)
                        .bind("key", entry.getKey())
                        .bind("value", entry.getValue())
                        .bind("at", now)
                        .bind("by", actor.username())
                        .execute();
            }
            GarageSettings changed = current(h);
            AuditLog.change(h, actor.actor(), action, target, String.join(", ", values.keySet()), before, changed, now);
            events.append(h, EventNames.SETTINGS_UPDATED, changed, now);
            return changed;
        });
        events.committed();
        return after;
    }

    private static void put(Map<String, String> values, String key, String field, Integer value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value < min || value > max) {
            throw ApiException.badRequest("invalid_field", field + " must be between " + min + " and " + max);
        }
        values.put(key, Integer.toString(value));
    }

    private static List<String> paymentMethods(List<String> wanted) {
        try {
            return PaymentMethods.withExtras(wanted);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_payment_method", "paymentMethods: " + e.getMessage());
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw ApiException.badRequest(
                    "invalid_field", "timeZone must be a region id such as Asia/Jakarta, was '" + text + "'");
        }
    }

    private static ZoneId storedZone(String text) {
        if (text == null) {
            return GarageSettings.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            log.warn("Setting {} = '{}' is not a time zone; using {}", TIME_ZONE, text, GarageSettings.DEFAULT_ZONE);
            return GarageSettings.DEFAULT_ZONE;
        }
    }

    private static int stored(Map<String, String> rows, String key, int fallback, int min, int max) {
        String text = rows.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the warning
        }
        log.warn("Setting {} = '{}' is out of range {}-{}; using {}", key, text, min, max, fallback);
        return fallback;
    }
}
