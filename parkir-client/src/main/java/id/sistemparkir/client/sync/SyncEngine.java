package id.sistemparkir.client.sync;

import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PendingRecord;
import id.sistemparkir.client.offline.PhotoKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a station's offline records to the server (DESIGN §5a, §6, §8): one record per request, oldest first (an exit
 * after its entry), progress after each, a summary at the end; up to {@code inFlight} requests at once for records that
 * do not depend on each other (decision 0028, {@link SyncPipeline}); what fails stays for a retry, what the server refuses goes
 * to the needs-attention list. The rules per answer are in {@link SyncRun}. After a run in which the server answered
 * every record, the records set aside on this lane are reported to the back office ({@link SetAsideReporter}).
 *
 * <p>Safe to interrupt at any point and run again: a record leaves the outbox only after the server confirmed it,
 * and as the server is idempotent on ids, a record sent but not yet removed is "already present" next time.
 * Thread-safe: one sync per data dir at a time, across processes too ({@link SyncLock}).
 */
public final class SyncEngine {

    private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

    private final OfflineStore store;
    private final SyncTransport transport;
    private final Path dataDir;
    private final SyncLogFile syncLog;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final int inFlight;

    /**
     * Requests a lane's sync keeps in flight (decision 0028): enough to hide the round trip and the server's commit
     * behind each other, few enough that every lane syncing at once after an outage stays a modest load.
     */
    public static final int DEFAULT_IN_FLIGHT = 8;

    /** One record at a time. */
    public SyncEngine(OfflineStore store, SyncTransport transport, Path dataDir, Clock clock) {
        this(store, transport, dataDir, clock, 1);
    }

    /**
     * @param dataDir the station's data dir, the store's: holds the lock and {@code logs/sync.log}
     * @param clock for the times in {@code sync.log}
     * @param inFlight at most this many records sent at once (1: one at a time)
     */
    public SyncEngine(OfflineStore store, SyncTransport transport, Path dataDir, Clock clock, int inFlight) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("in flight must be at least 1, was " + inFlight);
        }
        this.inFlight = inFlight;
        this.store = Objects.requireNonNull(store, "store");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        if (!normalized(store.dataDir()).equals(normalized(dataDir))) {
            throw new IllegalArgumentException(
                    "the store's data dir " + store.dataDir() + " is not the sync's data dir " + dataDir);
        }
        this.syncLog = new SyncLogFile(dataDir, Objects.requireNonNull(clock, "clock"));
    }

    /** Told about every run from now on, whoever starts it. */
    public void addListener(SyncListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Sends every pending record once.
     *
     * @param progress told once after each record, on the calling thread, in the order records finish
     * @throws SyncInProgressException when another sync of this data dir is running (here or in another process)
     */
    public SyncSummary syncAll(Consumer<SyncProgress> progress) {
        Objects.requireNonNull(progress, "progress");
        SyncLock lock = SyncLock.tryAcquire(dataDir)
                .orElseThrow(() -> new SyncInProgressException("Another sync of " + dataDir + " is running."));
        try (lock) {
            List<PendingRecord> records = store.pending();
            if (!records.isEmpty()) {
                log.info("Synchronising {} offline record(s) of {}", records.size(), dataDir);
            }
            tell(listener -> listener.started(records.size()));
            SyncRun run = new SyncRun(
                    store,
                    transport,
                    syncLog,
                    p -> {
                        tell(listener -> listener.progressed(p));
                        progress.accept(p);
                    },
                    inFlight);
            SyncSummary summary;
            try {
                summary = run.run(records);
                store.refreshCounts(); // the run counted removals down; the folder has the last word
                if (summary.nothingFailed()) {
                    uploadPhotosWithoutRecords(run.photosKept());
                }
                if (summary.failed() == 0) {
                    // The server answered every record (a refusal too): worth telling it what was set aside.
                    new SetAsideReporter(store, transport).reportAll();
                }
            } catch (RuntimeException e) {
                tell(listener -> listener.aborted(e));
                throw e;
            }
            if (summary.total() > 0) {
                log.info(
                        "Sync finished: {} created, {} already present, {} failed, {} need attention",
                        summary.created(),
                        summary.alreadyPresent(),
                        summary.failed(),
                        summary.needsAttention());
            }
            tell(listener -> listener.finished(summary));
            return summary;
        }
    }

    private void tell(Consumer<SyncListener> call) {
        for (SyncListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                log.warn("A sync listener failed", e);
            }
        }
    }

    /**
     * Photos whose record reached the server while the photo itself did not (online at the lane, or in an earlier
     * sync): they have no outbox record, so they are sent here, after the records, and removed once the server has
     * them. Not retried in the run where they just failed.
     */
    private void uploadPhotosWithoutRecords(Set<UUID> failedThisRun) {
        Set<UUID> withRecords = new HashSet<>(failedThisRun);
        store.pending().forEach(r -> withRecords.add(r.id()));
        store.needsAttention().forEach(r -> withRecords.add(r.id()));
        for (PhotoKind kind : PhotoKind.values()) {
            for (UUID id : store.photoIds(kind)) {
                if (withRecords.contains(id)) {
                    continue;
                }
                Optional<byte[]> jpeg = store.photo(id, kind);
                if (jpeg.isEmpty()) {
                    continue;
                }
                SendResult sent = transport.uploadPhoto(id, kind.apiKind(), jpeg.get());
                if (sent instanceof SendResult.Rejected rejected) {
                    store.rejectPhoto(id, kind, SyncRun.describe(rejected));
                } else if (!sent.delivered()) {
                    log.info("Photo {} not uploaded yet: {}", id, sent);
                    return;
                } else {
                    log.info("Uploaded the photo of {} that had missed its record", id);
                    store.removePhoto(id, kind);
                }
            }
        }
    }

    /** {@link #syncAll(Consumer)} without progress. */
    public SyncSummary syncAll() {
        return syncAll(update -> {});
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
