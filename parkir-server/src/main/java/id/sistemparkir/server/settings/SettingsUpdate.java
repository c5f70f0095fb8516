package id.sistemparkir.server.settings;

import java.util.List;

/**
 * {@code PUT /api/v1/settings}: every field optional; an absent one stays as it is. {@code paymentMethods} is the
 * whole set wanted: the built-in methods are always kept, the others listed are the additions.
 */
public record SettingsUpdate(
        String timeZone,
        Integer occupancyAlertPercent,
        Integer longStayHours,
        Integer laneOfflineMinutes,
        Integer pendingExitMinutes,
        Integer backupKeepDays,
        Integer backupHour,
        List<String> paymentMethods) {}
