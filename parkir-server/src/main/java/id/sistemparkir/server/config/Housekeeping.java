package id.sistemparkir.server.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the server keeps its bookkeeping, and when a waiting exit becomes an alert (docs/decisions/0010).
 *
 * @param pendingExitAlertAfter an exit that waits this long for its entry is overdue: listed as such and announced
 *     once as a realtime event (the entry may never come: a ticket the server has never seen)
 * @param keepRequestIds idempotency keys; must cover the longest a record may wait in a lane's outbox, since a replay
 *     after its key is gone is recognised only by the record itself
 * @param keepSyncLog the sync log the back office reads to explain a record
 * @param keepEventLog realtime events; a subscriber asking for older ones is told to reload ("resync")
 */
public record Housekeeping(
        Duration pendingExitAlertAfter, Duration keepRequestIds, Duration keepSyncLog, Duration keepEventLog) {

    public static final Duration MIN_ALERT = Duration.ofMinutes(1);
    public static final Duration MIN_KEEP_REQUEST_IDS = Duration.ofDays(7);
    public static final Duration MIN_KEEP_SYNC_LOG = Duration.ofDays(1);
    public static final Duration MIN_KEEP_EVENT_LOG = Duration.ofHours(1);

    public static final Housekeeping DEFAULTS =
            new Housekeeping(Duration.ofMinutes(30), Duration.ofDays(90), Duration.ofDays(180), Duration.ofDays(30));

    public Housekeeping {
        atLeast(pendingExitAlertAfter, MIN_ALERT, "pending-exit alert");
        atLeast(keepRequestIds, MIN_KEEP_REQUEST_IDS, "request id retention");
        atLeast(keepSyncLog, MIN_KEEP_SYNC_LOG, "sync log retention");
        atLeast(keepEventLog, MIN_KEEP_EVENT_LOG, "event log retention");
    }

    private static void atLeast(Duration value, Duration minimum, String what) {
        Objects.requireNonNull(value, what);
        if (value.compareTo(minimum) < 0) {
            throw new IllegalArgumentException(what + " must be at least " + minimum + ", was " + value);
        }
    }

    public Housekeeping withPendingExitAlertAfter(Duration after) {
        return new Housekeeping(after, keepRequestIds, keepSyncLog, keepEventLog);
    }

    public String describe() {
        return "pendingExitAlertAfter=" + pendingExitAlertAfter + ", keepRequestIds=" + keepRequestIds
                + ", keepSyncLog=" + keepSyncLog + ", keepEventLog=" + keepEventLog;
    }
}
