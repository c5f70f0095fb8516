package id.sistemparkir.app.cli;

import id.sistemparkir.server.config.Housekeeping;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The server's retention and pending-exit alert settings ({@link Housekeeping}), from flags, then the environment,
 * then {@code server.properties}, like every other setting (CONVENTIONS §15). A duration is written {@code 30m},
 * {@code 12h}, {@code 90d} or in ISO-8601 ({@code PT30M}, {@code P90D}).
 */
final class HousekeepingSettings {

    /** What the command line said; null = not given. */
    record Flags(String pendingExitAlertAfter, String keepRequestIds, String keepSyncLog, String keepEventLog) {
        static final Flags NONE = new Flags(null, null, null, null);
    }

    private HousekeepingSettings() {}

    static Housekeeping resolve(Flags flags, Map<String, String> env, Properties file) {
        Housekeeping defaults = Housekeeping.DEFAULTS;
        return new Housekeeping(
                duration(
                        "pending-exit alert",
                        flags.pendingExitAlertAfter(),
                        env.get("PARKIR_PENDING_EXIT_ALERT_AFTER"),
                        file.getProperty("pending-exit.alert-after"),
                        defaults.pendingExitAlertAfter()),
                duration(
                        "request id retention",
                        flags.keepRequestIds(),
                        env.get("PARKIR_KEEP_REQUEST_IDS"),
                        file.getProperty("retention.request-ids"),
                        defaults.keepRequestIds()),
                duration(
                        "sync log retention",
                        flags.keepSyncLog(),
                        env.get("PARKIR_KEEP_SYNC_LOG"),
                        file.getProperty("retention.sync-log"),
                        defaults.keepSyncLog()),
                duration(
                        "event log retention",
                        flags.keepEventLog(),
                        env.get("PARKIR_KEEP_EVENT_LOG"),
                        file.getProperty("retention.event-log"),
                        defaults.keepEventLog()));
    }

    private static Duration duration(String what, String flag, String env, String file, Duration fallback) {
        String text = flag != null ? flag : env != null && !env.isBlank() ? env : file;
        return text == null ? fallback : DurationSetting.parse(what, text);
    }
}
