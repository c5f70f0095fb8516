package id.sistemparkir.client.sync;

import id.sistemparkir.client.api.CallCancelledException;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PendingRecord;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the outbox, one record at a time in sync order, with the failure rules of DESIGN §5a:
 *
 * <ul>
 *   <li>delivered (201, 202, 200 duplicate): upload the record's photo if it has one, then remove the record, then
 *       its photo; a photo that does not get through keeps the record (and the photo) for the next run;
 *   <li>refused (4xx): to the needs-attention list with the server's reason, and the run goes on;
 *   <li>retry later (network, timeout, 5xx): the record stays with one more attempt; the run goes on, but two such
 *       failures in a row mean the server is unavailable, and the rest is not attempted (a dead server costs two
 *       timeouts, not one per record; one record that keeps failing does not block the queue);
 *   <li>401: log in again once and retry that record; still 401 or no login: the rest is not attempted;
 *   <li>an exit whose entry failed in this run is not sent (it would overtake its entry).
 * </ul>
 *
 * <p>With more than one request in flight ({@link SyncPipeline}, decision 0028) each record is still its own request
 * and transaction, handled by {@link #handle} exactly as here; what the pipeline adds is only overlap between records
 * that do not depend on each other. Counting and progress stay on the calling thread.
 *
 * <p>One instance per run, under the {@link SyncLock}; {@link #handle} may run on several threads at once.
 */
final class SyncRun {

    /** This many {@link SendResult.RetryLater} in a row stop the run. */
    static final int RETRY_LATER_IN_A_ROW_TO_STOP = 2;

    static final String SERVER_UNAVAILABLE = "not attempted: server unavailable";
    static final String NOT_LOGGED_IN = "not attempted: not logged in";

    private static final Logger log = LoggerFactory.getLogger(SyncRun.class);

    /** What happened to one record: technical text for logs, words for a person. */
    private record Step(SyncOutcome outcome, String message, Message text) {}

    private static final Message SERVER_UNAVAILABLE_TEXT = Message.of("sync.not_attempted.server_unavailable");
    private static final Message NOT_LOGGED_IN_TEXT = Message.of("sync.not_attempted.not_logged_in");

    private final OfflineStore store;
    private final SyncTransport transport;
    private final SyncLogFile syncLog;
    private final Consumer<SyncProgress> progress;

    private final int inFlight;

    /** A failure and its place in sync order (the summary lists failures in sync order). */
    private record Failure(int position, SyncFailure failure) {}

    private final List<Failure> failures = new ArrayList<>();
    private final Set<UUID> undeliveredEntries = ConcurrentHashMap.newKeySet();
    private final Set<UUID> photosKept = ConcurrentHashMap.newKeySet();
    private final Object reloginLock = new Object();
    private int created;
    private int alreadyPresent;
    private int failed;
    private int needsAttention;
    private int handled;
    // Shared by the senders (guarded by this):
    private int retryLaterInARow;
    private String stopReason;
    private Message stopText;
    // Guarded by reloginLock:
    private boolean reloginFailed;
    private long logins;

    SyncRun(OfflineStore store, SyncTransport transport, SyncLogFile syncLog, Consumer<SyncProgress> progress) {
        this(store, transport, syncLog, progress, 1);
    }

    /** @param inFlight at most this many records sent at once (1: one at a time, on the calling thread) */
    SyncRun(
            OfflineStore store,
            SyncTransport transport,
            SyncLogFile syncLog,
            Consumer<SyncProgress> progress,
            int inFlight) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("in flight must be at least 1, was " + inFlight);
        }
        this.store = store;
        this.transport = transport;
        this.syncLog = syncLog;
        this.progress = progress;
        this.inFlight = inFlight;
    }

    SyncSummary run(List<PendingRecord> records) {
        // An exit must not go ahead of an entry the server refused: it would wait on the server, invisible, instead
        // of here, where "waits for entry" shows until the entry is fixed and retried.
        store.needsAttention().stream()
                .filter(PendingRecord::isEntry)
                .forEach(entry -> undeliveredEntries.add(entry.id()));
        if (inFlight == 1 || records.size() < 2) {
            for (int i = 0; i < records.size(); i++) {
                done(i, records.size(), records.get(i), handle(records.get(i)));
            }
        } else {
            new SyncPipeline<Step>(inFlight, this::handle, this::delivered)
                    .run(records, (position, record, step) -> done(position, records.size(), record, step));
        }
        List<SyncFailure> inSyncOrder = failures.stream()
                .sorted(Comparator.comparingInt(Failure::position))
                .map(Failure::failure)
                .toList();
        return new SyncSummary(created, alreadyPresent, failed, needsAttention, inSyncOrder);
    }

    /** On the calling thread, once per record, in the order the records finish. */
    private void done(int position, int total, PendingRecord record, Step step) {
        count(position, record, step);
        handled++;
        report(new SyncProgress(
                handled,
                total,
                record.id(),
                record.kind(),
                plateOf(record),
                record.deviceTime(),
                step.outcome(),
                step.message(),
                step.text()));
    }

    private boolean delivered(Step step) {
        return step.outcome() == SyncOutcome.CREATED || step.outcome() == SyncOutcome.ALREADY_PRESENT;
    }

    private Step handle(PendingRecord record) {
        Step stopped = stopped();
        if (stopped != null) {
            return stopped;
        }
        Optional<UUID> entry = record.requiredEntryId().filter(undeliveredEntries::contains);
        if (entry.isPresent()) {
            return new Step(
                    SyncOutcome.FAILED,
                    "not attempted: waits for entry " + entry.get() + ", which did not sync yet",
                    Message.of("sync.not_attempted.waits_for_entry"));
        }
        Step step;
        try {
            step = attempt(record);
        } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
            log.error("Offline record {} could not be updated on disk: {}", record.id(), e.getMessage());
            step = new Step(
                    SyncOutcome.FAILED,
                    "local storage error: " + e.getMessage(),
                    Message.of("sync.local_storage_error", e.getMessage()));
        }
        syncLog.append(record, step.outcome(), record.record().attempts() + 1, step.message());
        if (step.outcome() != SyncOutcome.CREATED
                && step.outcome() != SyncOutcome.ALREADY_PRESENT
                && record.isEntry()) {
            undeliveredEntries.add(record.id());
        }
        return step;
    }

    private Step attempt(PendingRecord record) {
        SendResult sent = call(() -> transport.send(record.record()));
        if (!sent.delivered()) {
            return notDelivered(record, sent, "");
        }
        // Confirmed by the server: the record is done, whatever becomes of its photo.
        store.remove(record);
        answered();
        String photoNote = uploadPhoto(record);
        if (sent instanceof SendResult.AlreadyPresent) {
            return new Step(
                    SyncOutcome.ALREADY_PRESENT,
                    "already present on the server" + photoNote,
                    Message.of("sync.already_present"));
        }
        if (sent instanceof SendResult.Accepted) {
            return new Step(
                    SyncOutcome.CREATED,
                    "accepted: the server keeps it until its entry arrives" + photoNote,
                    Message.of("sync.accepted_pending_entry"));
        }
        return new Step(SyncOutcome.CREATED, "created" + photoNote, Message.of("sync.created"));
    }

    /**
     * A photo never holds back its record (nor the exits behind it): one that does not get through stays in
     * {@code Images/} and a later sync sends it; one the server refuses is moved to {@code rejected/} with its reason.
     *
     * @return a note for the progress line, empty when the photo went through or there was none
     */
    private String uploadPhoto(PendingRecord record) {
        Optional<byte[]> photo = store.photo(record.id(), record.photoKind());
        if (photo.isEmpty()) {
            return "";
        }
        SendResult uploaded = safely(
                () -> transport.uploadPhoto(record.id(), record.photoKind().apiKind(), photo.get()));
        if (uploaded.delivered()) {
            store.removePhoto(record.id(), record.photoKind());
            return "";
        }
        if (uploaded instanceof SendResult.Rejected rejected) {
            store.rejectPhoto(record.id(), record.photoKind(), describe(rejected));
            return "; photo refused by the server, kept in rejected/: " + rejected.message();
        }
        photosKept.add(record.id());
        return "; photo kept for a later sync (" + uploaded + ")";
    }

    /** The server's refusal, for a {@code .reason} file. */
    static String describe(SendResult.Rejected rejected) {
        return "HTTP " + rejected.status() + " " + rejected.error() + ": " + rejected.message();
    }

    /** Photos that did not get through in this run (not retried again in the same run). */
    Set<UUID> photosKept() {
        return photosKept;
    }

    private Step notDelivered(PendingRecord record, SendResult result, String prefix) {
        if (result instanceof SendResult.Rejected rejected) {
            answered();
            String reason = prefix + "refused by the server (HTTP " + rejected.status() + " " + rejected.error() + "): "
                    + rejected.message();
            store.moveToNeedsAttention(record, reason);
            return new Step(
                    SyncOutcome.NEEDS_ATTENTION,
                    reason,
                    Message.of("sync.needs_attention", rejected.error(), rejected.message()));
        }
        if (result instanceof SendResult.Unauthorized unauthorized) {
            String reason = prefix + "not logged in: " + unauthorized.message();
            store.recordFailure(record, reason);
            stop(NOT_LOGGED_IN, NOT_LOGGED_IN_TEXT);
            return new Step(SyncOutcome.FAILED, reason, NOT_LOGGED_IN_TEXT);
        }
        String reason = prefix + ((SendResult.RetryLater) result).reason();
        store.recordFailure(record, reason);
        retryLater();
        return new Step(SyncOutcome.FAILED, reason, Message.of("sync.failed", reason));
    }

    private synchronized Step stopped() {
        return stopReason == null ? null : new Step(SyncOutcome.FAILED, stopReason, stopText);
    }

    private synchronized void stop(String reason, Message text) {
        stopReason = reason;
        stopText = text;
    }

    /** The server answered (delivered or refused): the "in a row" count starts again. */
    private synchronized void answered() {
        retryLaterInARow = 0;
    }

    private synchronized void retryLater() {
        retryLaterInARow++;
        if (retryLaterInARow >= RETRY_LATER_IN_A_ROW_TO_STOP && stopReason == null) {
            stop(SERVER_UNAVAILABLE, SERVER_UNAVAILABLE_TEXT);
        }
    }

    /**
     * Calls the transport; on 401 logs in again (once per run if that fails) and calls it once more. With several
     * records in flight, the ones that got 401 from the same old token share one login.
     */
    private SendResult call(Supplier<SendResult> request) {
        long loginsBefore;
        synchronized (reloginLock) {
            loginsBefore = logins;
        }
        SendResult result = safely(request);
        if (result instanceof SendResult.Unauthorized && loggedInAgain(loginsBefore)) {
            result = safely(request);
        }
        return result;
    }

    /** Whether a login happened since {@code loginsBefore}, or worked now; false once a login failed in this run. */
    private boolean loggedInAgain(long loginsBefore) {
        synchronized (reloginLock) {
            if (reloginFailed) {
                return false;
            }
            if (logins != loginsBefore) {
                return true; // another sender logged in meanwhile: its token is the new one
            }
            if (relogin()) {
                logins++;
                return true;
            }
            reloginFailed = true;
            return false;
        }
    }

    private static SendResult safely(Supplier<SendResult> request) {
        try {
            SendResult result = request.get();
            return result != null ? result : new SendResult.RetryLater("the transport gave no answer");
        } catch (CallCancelledException e) {
            throw e; // the run was cancelled: stop here, the record stays as it is
        } catch (RuntimeException e) {
            log.warn("Sync transport failed unexpectedly", e);
            return new SendResult.RetryLater("unexpected error: " + e);
        }
    }

    private boolean relogin() {
        try {
            return transport.relogin();
        } catch (CallCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Login again failed unexpectedly", e);
            return false;
        }
    }

    private void count(int position, PendingRecord record, Step step) {
        switch (step.outcome()) {
            case CREATED -> created++;
            case ALREADY_PRESENT -> alreadyPresent++;
            case FAILED -> failed++;
            case NEEDS_ATTENTION -> needsAttention++;
        }
        if (step.outcome() == SyncOutcome.FAILED || step.outcome() == SyncOutcome.NEEDS_ATTENTION) {
            failures.add(
                    new Failure(position, new SyncFailure(record.id(), record.kind(), step.message(), step.text())));
        }
    }

    private static String plateOf(PendingRecord record) {
        return record.isEntry()
                ? record.record().entry().plate()
                : record.record().exit().plate();
    }

    private void report(SyncProgress update) {
        try {
            progress.accept(update);
        } catch (RuntimeException e) {
            log.warn("A sync progress listener failed", e);
        }
    }
}
