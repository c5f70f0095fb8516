package id.sistemparkir.client.photo;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.offline.PhotoKind;
import id.sistemparkir.client.schedule.GuardedTask;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued photos in the background, one at a time on its own named thread, so that a slow or stalled link holds
 * up only the photo, never the lane (issue 7, item 11: the upload used to hold {@code enter()} up to 30 s after the
 * barrier opened). A photo that does not get through stays in the {@link PhotoQueue} for the next sync.
 */
public final class PhotoUploader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PhotoUploader.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final AuthSession session;
    private final PhotoQueue queue;
    private final ExecutorService executor;

    public PhotoUploader(AuthSession session, PhotoQueue queue) {
        this.session = session;
        this.queue = queue;
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "parkir-photo-upload-" + THREADS.incrementAndGet());
            thread.setDaemon(true); // a one-shot command may end with a photo in flight: it stays queued on disk
            return thread;
        });
    }

    /** Sends the queued photo of {@code recordId} soon; returns at once. */
    public void submit(UUID recordId, PhotoKind kind) {
        try {
            executor.execute(GuardedTask.of("upload photo " + recordId, () -> upload(recordId, kind)));
        } catch (RejectedExecutionException e) {
            log.info("Photo of {} left for the next sync: the uploader is closed", recordId);
        }
    }

    private void upload(UUID recordId, PhotoKind kind) {
        Optional<byte[]> jpeg = queue.photo(recordId, kind);
        if (jpeg.isEmpty()) {
            return; // sent by a sync meanwhile
        }
        ApiResult<Void> sent = session.call(api -> api.putPhoto(recordId, kind.apiKind(), jpeg.get()));
        if (sent.isOk()) {
            queue.delivered(recordId, kind);
            log.debug("Photo of {} uploaded", recordId);
        } else if (sent instanceof ApiResult.Rejected<Void> rejected) {
            queue.refused(
                    recordId, kind, "HTTP " + rejected.status() + " " + rejected.error() + ": " + rejected.message());
        } else {
            log.info("Photo of {} kept for the next sync: {}", recordId, sent.describe());
        }
    }

    /**
     * Stops taking photos and waits up to {@code patience} for the one being sent; what is left stays queued on disk.
     *
     * @return whether every submitted photo was handled
     */
    public boolean close(Duration patience) {
        executor.shutdown();
        try {
            return executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
        executor.shutdownNow();
    }
}
