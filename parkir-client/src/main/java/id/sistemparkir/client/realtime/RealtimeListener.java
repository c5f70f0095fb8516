package id.sistemparkir.client.realtime;

import id.sistemparkir.core.contract.RealtimeFrame;

/**
 * What a {@link RealtimeClient} tells its listeners. Every method has a no-op default; override what you need.
 *
 * <p>Threads: {@code onConnected}, {@code onEvent} and {@code onStatus} come one at a time, in the order the server
 * sent them; {@code onDisconnected} comes AT ONCE from whichever thread noticed the drop (it does not wait behind a
 * backlog of events). Listeners must be thread-safe, must not block, and must hop to their UI thread themselves.
 */
public interface RealtimeListener {

    /** The socket is open and the server said hello; the client has subscribed from its last saved {@code seq}. */
    default void onConnected(RealtimeFrame.Hello hello) {}

    /**
     * One event, in {@code seq} order, each at most once per client (replay overlaps are dropped). Its {@code seq} is
     * saved after every listener returned, so a crash replays an event rather than skipping it: handle events
     * idempotently. A listener that throws is logged and the event still counts as handled: one faulty listener must
     * not stall the stream for the others.
     */
    default void onEvent(RealtimeFrame.Event event) {}

    /**
     * The server no longer has all the events after this client's saved seq (its event log keeps them for a limited
     * time): whatever was built from the stream is stale. Reload it (e.g. the vehicles inside) now; the stream goes on
     * after {@code resync.seq()}, which is also saved as the new seq. Comes in order with the events.
     */
    default void onResync(RealtimeFrame.Resync resync) {}

    /** The server's {@code status} frame (database UP/DOWN, clients), on every change and at least every 10 s. */
    default void onStatus(RealtimeFrame.Status status) {}

    /** The socket closed, failed or stopped answering pings; or the first connection attempt failed. Once per drop. */
    default void onDisconnected(String reason) {}
}
