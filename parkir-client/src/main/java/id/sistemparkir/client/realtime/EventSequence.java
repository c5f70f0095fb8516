package id.sistemparkir.client.realtime;

import id.sistemparkir.core.contract.RealtimeFrame;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seq bookkeeping of the event stream: drops replay overlaps, advances after the listeners handled an event, and
 * saves to the {@link SeqStore} once per batch. Used from the inbound drain only (one thread at a time); {@link
 * #lastSeq()} may be read from anywhere.
 */
final class EventSequence {

    private static final Logger log = LoggerFactory.getLogger(EventSequence.class);

    private final SeqStore store;
    private volatile long lastSeq;
    private long savedSeq;
    private boolean saveFailing;

    EventSequence(SeqStore store) {
        this.store = store;
    }

    /** Reads the saved seq (at start). */
    long load() {
        long saved = store.load();
        lastSeq = saved;
        savedSeq = saved;
        return saved;
    }

    long lastSeq() {
        return lastSeq;
    }

    /** Runs {@code handle} for an event above the last seq, then advances; an overlap is dropped. */
    void accept(RealtimeFrame.Event event, Runnable handle) {
        if (event.seq() <= lastSeq) {
            log.debug("Skipping event {} (already handled up to {})", event.seq(), lastSeq);
            return;
        }
        handle.run();
        lastSeq = event.seq();
    }

    /** The server said the events up to {@code seq} are gone: count from there (saved with the next save). */
    void resyncAt(long seq, Runnable handle) {
        handle.run();
        lastSeq = seq;
    }

    /** Saves the seq if it moved since the last save; a failure is logged once until it works again. */
    void save() {
        long seq = lastSeq;
        if (seq == savedSeq) {
            return;
        }
        try {
            store.save(seq);
            savedSeq = seq;
            if (saveFailing) {
                saveFailing = false;
                log.info("The realtime seq is saved again ({})", seq);
            }
        } catch (UncheckedIOException e) {
            if (!saveFailing) {
                saveFailing = true;
                log.warn("Cannot save the realtime seq ({}); after a restart events may be replayed", e.getMessage());
            }
        }
    }
}
