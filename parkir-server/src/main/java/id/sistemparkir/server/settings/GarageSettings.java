package id.sistemparkir.server.settings;

import id.sistemparkir.core.payment.PaymentMethods;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The garage's typed settings (table {@code settings}), with their defaults. {@code GET/PUT /api/v1/settings}.
 *
 * @param timeZone the garage's zone: "today" and report days are counted in it (decision 0020)
 * @param occupancyAlertPercent a class at or above this share of its capacity raises an alert
 * @param longStayHours a vehicle inside longer than this raises an alert; also the default age of "sessions left open"
 * @param laneOfflineMinutes a lane unseen this long with records waiting raises an alert
 * @param pendingExitMinutes an exit waiting this long for an entry the server never saw is overdue: listed, announced
 *     and alerted (default: the server's {@code --pending-exit-alert-after}, 30 min; {@link PendingExitLimit})
 * @param backupKeepDays embedded database backups older than this are deleted
 * @param backupHour the local hour (garage zone) of the daily embedded database backup
 * @param capacity spaces per vehicle class; 0 means unknown (no occupancy percentage, no alert)
 * @param paymentMethods the payment methods lanes may record: the built-in ones, then the administrator's additions
 */
public record GarageSettings(
        ZoneId timeZone,
        int occupancyAlertPercent,
        int longStayHours,
        int laneOfflineMinutes,
        int pendingExitMinutes,
        int backupKeepDays,
        int backupHour,
        Map<VehicleType, Integer> capacity,
        List<String> paymentMethods) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    public GarageSettings {
        Map<VehicleType, Integer> all = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            all.put(type, capacity == null ? 0 : capacity.getOrDefault(type, 0));
        }
        capacity = Collections.unmodifiableMap(all);
        paymentMethods = paymentMethods == null ? PaymentMethods.BUILT_IN : List.copyOf(paymentMethods);
    }

    public static GarageSettings defaults() {
        return new GarageSettings(DEFAULT_ZONE, 90, 24, 5, 30, 14, 2, Map.of(), PaymentMethods.BUILT_IN);
    }

    public int capacityOf(VehicleType type) {
        return capacity.get(type);
    }
}
