package id.sistemparkir.server.realtime;

import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.health.DatabaseHealth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's one reader of the event log (decision 0017): reads each new event once, encodes its frame once, and keeps
 * the most recent ones in memory for every {@link EventPump} of this node. A pump whose cursor is inside the window
 * reads from here; only a pump behind it (a replay) reads the database.
 *
 * <p>The window is exact: it holds every event the log has with {@code floor < seq <= head}, in seq order. That holds
 * because the reader moves {@code head} with the same rules a pump used to follow: it reads {@code readSince(head)},
 * takes events only while each is the next seq, stops at a hole and skips it only when it is still there after {@code
 * gapPatience} (loudly). Each entry records the seq it follows ({@code after}), so a pump can tell an accepted hole from
 * a new one and does not wait a second patience. Trimming the oldest entries raises {@code floor}.
 *
 * <p>Reads happen when a service says it committed ({@link #request}), when the hub's poll asks (commits on other
 * nodes, retries after an outage; one read per poll for the node, not per subscriber), and after the database comes
 * back. After a read that found events, every pump is woken ({@code onNewEvents}); a pump that finds nothing new in
 * memory costs no database read.
 */
final class EventFeed {

    private static final Logger log = LoggerFactory.getLogger(EventFeed.class);

    /** One buffered event: the seq it follows in the log, the event, and its frame encoded once for every client. */
    record Entry(long after, StoredEvent event, String frame) {

        static Entry fromReplay(StoredEvent event) {
            return new Entry(Long.MIN_VALUE, event, Frames.event(event));
        }
    }

    private final EventLog eventLog;
    private final DatabaseHealth health;
    private final int batchSize;
    private final long gapPatienceNanos;
    private final Runnable onNewEvents;
    private final SerialRunner reader;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Entry[] ring; // guarded by lock; logical index i is ring[(start + i) % ring.length]
    private int start; // guarded by lock
    private int size; // guarded by lock
    private long floor; // guarded by lock; every event with floor < seq <= head is in the ring
    private long head; // guarded by lock; written by the reader only
    private boolean started; // guarded by lock; false until head was read from the database

    private long holeSeenAtNanos; // reader only; 0 = no hole in sight

    EventFeed(
            EventLog eventLog,
            DatabaseHealth health,
            Executor executor,
            int batchSize,
            int capacity,
            Duration gapPatience,
            Runnable onNewEvents) {
        if (capacity < batchSize) {
            throw new IllegalArgumentException("the window must hold at least one batch: " + capacity);
        }
        this.eventLog = eventLog;
        this.health = health;
        this.batchSize = batchSize;
        this.gapPatienceNanos = gapPatience.toNanos();
        this.onNewEvents = onNewEvents;
        this.ring = new Entry[capacity];
        this.reader = new SerialRunner(executor, this::read, "event feed");
    }

    /** New events may be in the log: read them soon. */
    void request() {
        reader.request();
    }

    /**
     * Up to {@code limit} events after {@code cursor}, from memory; null when the window does not reach back to {@code
     * cursor} (the caller reads the database). An empty list means: nothing newer has been read yet.
     */
    List<Entry> after(long cursor, int limit) {
        lock.readLock().lock();
        try {
            if (!started || cursor < floor) {
                return null;
            }
            int from = firstAfter(cursor);
            int count = Math.min(limit, size - from);
            List<Entry> entries = new ArrayList<>(Math.max(count, 0));
            for (int i = from; i < from + count; i++) {
                entries.add(at(i));
            }
            return entries;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void read() {
        if (!health.databaseUp()) {
            return; // retried by the poll and by the flip back to UP
        }
        try {
            if (!isStarted()) {
                startAt(eventLog.latestSeq());
            }
            boolean found = false;
            while (true) {
                List<StoredEvent> batch = eventLog.readSince(currentHead(), batchSize);
                int taken = append(batch);
                found |= taken > 0;
                if (taken < batch.size() || batch.size() < batchSize) {
                    break; // caught up, or stopped at a hole
                }
            }
            if (found) {
                onNewEvents.run();
            }
        } catch (RuntimeException e) {
            if (Sql.isConnectionFailure(e)) {
                log.debug("Event feed paused at seq {}: database unavailable ({})", currentHead(), e.toString());
            } else {
                log.warn("Event feed failed at seq {}; it will retry", currentHead(), e);
            }
        }
    }

    /** Takes the events of a batch while each follows the last; returns how many it took. */
    private int append(List<StoredEvent> batch) {
        int taken = 0;
        for (StoredEvent event : batch) {
            long last = currentHead();
            if (event.seq() != last + 1 && !holeExpired(last, event.seq())) {
                return taken;
            }
            Entry entry = new Entry(last, event, Frames.event(event)); // encode outside the lock
            lock.writeLock().lock();
            try {
                if (size == ring.length) {
                    floor = at(0).event().seq(); // the oldest leaves the window
                    start = (start + 1) % ring.length;
                    size--;
                }
                ring[(start + size) % ring.length] = entry;
                size++;
                head = event.seq();
            } finally {
                lock.writeLock().unlock();
            }
            holeSeenAtNanos = 0;
            taken++;
        }
        return taken;
    }

    private boolean holeExpired(long last, long nextSeq) {
        long now = System.nanoTime();
        if (holeSeenAtNanos == 0) {
            holeSeenAtNanos = now;
        }
        if (now - holeSeenAtNanos < gapPatienceNanos) {
            return false;
        }
        log.warn(
                "Event log has no seq {}..{} (still missing after {} ms); the stream continues at seq {}",
                last + 1,
                nextSeq - 1,
                Duration.ofNanos(gapPatienceNanos).toMillis(),
                nextSeq);
        return true;
    }

    private void startAt(long latest) {
        lock.writeLock().lock();
        try {
            floor = latest;
            head = latest;
            started = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean isStarted() {
        lock.readLock().lock();
        try {
            return started;
        } finally {
            lock.readLock().unlock();
        }
    }

    private long currentHead() {
        lock.readLock().lock();
        try {
            return head;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Logical index of the first entry with seq > cursor (size when none); seqs in the ring ascend. */
    private int firstAfter(long cursor) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (at(mid).event().seq() <= cursor) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private Entry at(int index) {
        return ring[(start + index) % ring.length];
    }
}
