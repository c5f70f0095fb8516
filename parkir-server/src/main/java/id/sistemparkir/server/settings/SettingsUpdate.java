package id.sistemparkir.server.settings;

/** {@code PUT /api/v1/settings}: every field optional; an absent one stays as it is. */
public record SettingsUpdate(
        String timeZone,
        Integer occupancyAlertPercent,
        Integer longStayHours,
        Integer laneOfflineMinutes,
        Integer pendingExitMinutes,
        Integer backupKeepDays,
        Integer backupHour) {}
