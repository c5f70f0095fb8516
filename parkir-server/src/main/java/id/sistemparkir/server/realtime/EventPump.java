package id.sistemparkir.server.realtime;

import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.health.DatabaseHealth;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replay-then-live for one subscribed client: sends every event after the client's {@code since}, then every new one,
 * in {@code seq} order, each exactly once.
 *
 * <p>Why that holds, in three facts:
 *
 * <ol>
 *   <li><b>One cursor, one pump.</b> {@code cursor} is the last seq sent. Only {@link #pump()} reads or moves it, and
 *       the {@link SerialRunner} never runs two pumps of a client at once. A pump reads the events after {@code cursor}
 *       and sends them in order, moving the cursor past each event it sends: the next read starts after the last event
 *       sent, so nothing is sent twice and nothing is skipped over. The {@link FrameSender} keeps the frames in that
 *       order on the wire.
 *   <li><b>Both sources hold the log as committed.</b> {@link EventLog} allocates seq under a row lock held to commit,
 *       so a read never sees N+1 without N. The node's {@link EventFeed} holds exactly the events the log has between
 *       its floor and head; a pump reads from it when its cursor is inside that window and from the log itself only
 *       when it is behind (a replay). Either read answers "the events after cursor, in order", so there is no
 *       hand-over between a "replay phase" and a "live phase" where an event could fall through.
 *   <li><b>Every new event is followed by a pump.</b> A service's {@code eventsCommitted()} makes the feed read; a
 *       read that found events requests every pump, and a request made while a pump runs makes it run again
 *       afterwards. A pump that stopped at a hole or on a database error asks the hub's poll to run it again.
 * </ol>
 *
 * As a guard on fact 2 (should the log ever show a hole, e.g. rows deleted by hand), the pump stops at a hole and only
 * skips it, loudly, when it is still there after {@code gapPatience}. A hole the feed already waited out and skipped is
 * marked on the entry ({@code after}) and not waited for twice.
 *
 * <p>Retention deletes the oldest events ({@link EventLog#purgeOlderThan}) and records how far ({@link
 * EventLog#purgedThrough}). A client whose cursor is below that line would miss events for good, so instead it gets a
 * {@code resync} frame (reload your state, the stream continues after the latest seq) and the cursor moves there. The
 * line is checked once per subscription and again at any hole, never per event.
 *
 * <p>Flow control: the pump reads the next batch only when the client has taken the previous one (fewer than one batch
 * of frames pending); when the last pending frame is written the pump is requested again. A slow client therefore
 * holds no thread and little memory, and a replay of a long log goes at the client's pace.
 */
final class EventPump {

    private static final Logger log = LoggerFactory.getLogger(EventPump.class);

    private final EventLog eventLog;
    private final EventFeed feed;
    private final DatabaseHealth health;
    private final FrameSender out;
    private final int batchSize;
    private final long gapPatienceNanos;
    private final String client;
    private final SerialRunner runner;

    private volatile boolean subscribed;
    private volatile boolean waitingForRoom;
    private volatile boolean retryWanted; // stopped at a hole or on an error: the hub's poll runs it again
    private long cursor; // the last seq sent; pump only (and subscribe, before the first pump)
    private long holeSeenAtNanos; // pump only; 0 = no hole in sight
    private boolean horizonChecked; // pump only

    EventPump(
            EventLog eventLog,
            EventFeed feed,
            DatabaseHealth health,
            FrameSender out,
            Executor executor,
            int batchSize,
            Duration gapPatience,
            String client) {
        this.eventLog = eventLog;
        this.feed = feed;
        this.health = health;
        this.out = out;
        this.batchSize = batchSize;
        this.gapPatienceNanos = gapPatience.toNanos();
        this.client = client;
        this.runner = new SerialRunner(executor, this::pump, "event pump of " + client);
    }

    /**
     * Starts the stream after {@code since}. Called on the socket's message thread; false when already subscribed (a
     * client subscribes once per connection; to start over it reconnects).
     */
    boolean subscribe(long since) {
        if (subscribed) {
            return false;
        }
        cursor = since;
        subscribed = true; // volatile write after the cursor: a pump that sees it sees the cursor
        runner.request();
        return true;
    }

    /** New events may be in the log: pump soon (no-op before {@link #subscribe}). */
    void request() {
        if (subscribed) {
            runner.request();
        }
    }

    /** For the hub's poll: run again if the last run stopped at a hole or failed. */
    void retryIfWanted() {
        if (retryWanted) {
            request();
        }
    }

    /** The sender wrote everything it had: if the pump stopped to wait for room, let it go on. */
    void onDrained() {
        if (waitingForRoom) {
            waitingForRoom = false;
            runner.request();
        }
    }

    private void pump() {
        retryWanted = false;
        if (!subscribed || out.isClosed()) {
            return;
        }
        if (!health.databaseUp()) {
            retryWanted = true; // and the flip back to UP requests every pump
            return;
        }
        try {
            if (!horizonChecked) {
                resyncIfPurged();
                horizonChecked = true;
            }
            while (hasRoom()) {
                List<EventFeed.Entry> batch = readAfterCursor();
                int sent = sendInOrder(batch);
                if (sent < batch.size()) {
                    retryWanted = true; // stopped at a hole
                    return;
                }
                if (batch.size() < batchSize) {
                    return; // caught up
                }
            }
        } catch (RuntimeException e) {
            retryWanted = true;
            if (Sql.isConnectionFailure(e)) {
                log.debug("Event pump of {} paused at seq {}: database unavailable ({})", client, cursor, e.toString());
            } else {
                log.warn("Event pump of {} failed at seq {}; it will retry", client, cursor, e);
            }
        }
    }

    /** From the node's feed when the cursor is inside its window; from the log when this client is behind it. */
    private List<EventFeed.Entry> readAfterCursor() {
        List<EventFeed.Entry> recent = feed.after(cursor, batchSize);
        if (recent != null) {
            return recent;
        }
        return eventLog.readSince(cursor, batchSize).stream()
                .map(EventFeed.Entry::fromReplay)
                .toList();
    }

    /** Fewer than one batch pending; otherwise note that a drain must restart the pump. */
    private boolean hasRoom() {
        if (out.pending() < batchSize) {
            return true;
        }
        boolean alreadyWaiting = waitingForRoom;
        waitingForRoom = true;
        // A drain between the check and the flag did not see the flag: look again, so that it is not missed.
        if (out.pending() < batchSize) {
            waitingForRoom = false;
            return true;
        }
        if (!alreadyWaiting) {
            log.debug("Event pump of {} waits at seq {}: the client has not taken the last batch yet", client, cursor);
        }
        return false;
    }

    private int sendInOrder(List<EventFeed.Entry> batch) {
        int sent = 0;
        for (EventFeed.Entry entry : batch) {
            StoredEvent event = entry.event();
            if (event.seq() != cursor + 1 && entry.after() != cursor) {
                if (resyncIfPurged()) {
                    runner.request(); // go on from the new cursor
                    return sent;
                }
                if (!holeExpired(event.seq())) {
                    return sent;
                }
            }
            if (!out.send(entry.frame())) {
                return sent; // the socket is gone
            }
            cursor = event.seq();
            holeSeenAtNanos = 0;
            sent++;
        }
        return sent;
    }

    /** When retention removed events after the cursor: tell the client to reload and continue from the latest. */
    private boolean resyncIfPurged() {
        long purgedThrough = eventLog.purgedThrough();
        if (cursor >= purgedThrough) {
            return false;
        }
        long latest = eventLog.latestSeq();
        if (!out.send(Frames.resync(latest, purgedThrough))) {
            return false; // the socket is gone
        }
        log.info(
                "{} asked for events after seq {}, but the event log keeps only those after {}: told to resync at {}",
                client,
                cursor,
                purgedThrough,
                latest);
        cursor = latest;
        holeSeenAtNanos = 0;
        return true;
    }

    private boolean holeExpired(long nextSeq) {
        long now = System.nanoTime();
        if (holeSeenAtNanos == 0) {
            holeSeenAtNanos = now;
        }
        if (now - holeSeenAtNanos < gapPatienceNanos) {
            return false;
        }
        log.warn(
                "Event log has no seq {}..{} (still missing after {} ms); {} continues at seq {}",
                cursor + 1,
                nextSeq - 1,
                Duration.ofNanos(gapPatienceNanos).toMillis(),
                client,
                nextSeq);
        return true;
    }
}
