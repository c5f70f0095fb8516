package id.sistemparkir.server.maintenance;

import id.sistemparkir.server.config.Housekeeping;
import id.sistemparkir.server.lane.LaneRetention;
import id.sistemparkir.server.realtime.EventLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the bookkeeping tables from growing without bound (docs/decisions/0010): request ids, the sync log, the event
 * log and the lane lock rows older than their retention are deleted, in short batches (each its own transaction, so
 * lane traffic never waits long behind a purge). Sessions, exit conflicts and waiting exits are never purged.
 */
public final class Retention implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    static final int BATCH = 1_000;
    /** Lock rows matter only while a transaction holds them; a day keeps the busy ones around. */
    static final Duration KEEP_LANE_LOCKS = Duration.ofDays(1);

    private final LaneRetention lanes;
    private final EventLog eventLog;
    private final Housekeeping housekeeping;
    private final Clock clock;

    public Retention(LaneRetention lanes, EventLog eventLog, Housekeeping housekeeping, Clock clock) {
        this.lanes = lanes;
        this.eventLog = eventLog;
        this.housekeeping = housekeeping;
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        Instant requestIdCutoff = now.minus(housekeeping.keepRequestIds());
        Instant syncLogCutoff = now.minus(housekeeping.keepSyncLog());
        Instant eventLogCutoff = now.minus(housekeeping.keepEventLog());
        Instant lockCutoff = now.minus(KEEP_LANE_LOCKS);
        long requestIds = inBatches(() -> lanes.purgeRequestIds(requestIdCutoff, BATCH));
        long syncLog = inBatches(() -> lanes.purgeSyncLog(syncLogCutoff, BATCH));
        long events = inBatches(() -> eventLog.purgeOlderThan(eventLogCutoff, BATCH));
        long locks = inBatches(() -> lanes.purgeLocks(lockCutoff, BATCH));
        if (requestIds + syncLog + events + locks > 0) {
            log.info(
                    "Retention: removed {} request ids (before {}), {} sync log lines (before {}), {} events"
                            + " (before {}, the log now starts after seq {}), {} lane lock rows",
                    requestIds,
                    requestIdCutoff,
                    syncLog,
                    syncLogCutoff,
                    events,
                    eventLogCutoff,
                    eventLog.purgedThrough(),
                    locks);
        }
    }

    private static long inBatches(IntSupplier batch) {
        long total = 0;
        int removed;
        do {
            removed = batch.getAsInt();
            total += removed;
        } while (removed >= BATCH && !Thread.currentThread().isInterrupted());
        return total;
    }
}
