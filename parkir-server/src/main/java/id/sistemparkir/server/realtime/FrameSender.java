package id.sistemparkir.server.realtime;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Sends the text frames of one WebSocket in the order {@link #send} was called, one write at a time, without ever
 * blocking the caller.
 *
 * <p>Jetty's asynchronous {@code sendText} must not be called again before the previous write completed. Frames wait
 * here in a queue; whichever thread finds the transport idle becomes the writer and hands the next frame over when the
 * previous one is written. A write that completes inside {@code sendText} (the usual case) lets the writer loop on;
 * one that completes later resumes the loop from the completing thread. Nothing recurses, nothing holds a lock while
 * calling the transport.
 *
 * <p>A client that stops reading makes the queue grow; past {@code maxQueued} frames it is given up on ({@code
 * onBroken}), so that it costs bounded memory and never slows anyone else. A failed write also breaks the sender.
 */
final class FrameSender {

    /** What a WebSocket session offers: an asynchronous text write with completion callbacks. */
    @FunctionalInterface
    interface Transport {
        void sendText(String text, Runnable onWritten, Consumer<Throwable> onFailed);
    }

    private final Transport transport;
    private final int maxQueued;
    private final Runnable onDrained;
    private final Consumer<String> onBroken;

    private final Object lock = new Object();
    private final ArrayDeque<String> queue = new ArrayDeque<>(); // guarded by lock
    private boolean writing; // guarded by lock: a writer owns the transport
    private boolean inFlight; // guarded by lock: a frame was handed to the transport and is not written yet
    private boolean closed; // guarded by lock

    /**
     * @param onDrained called (on any thread, must not block) whenever the last pending frame has been written
     * @param onBroken called once (on any thread, must not block) with the reason, when the sender gives up
     */
    FrameSender(Transport transport, int maxQueued, Runnable onDrained, Consumer<String> onBroken) {
        this.transport = transport;
        this.maxQueued = maxQueued;
        this.onDrained = onDrained;
        this.onBroken = onBroken;
    }

    /** Queues a frame; false when the sender is closed or broken (the frame is dropped). */
    boolean send(String frame) {
        boolean startWriter = false;
        boolean overflow = false;
        synchronized (lock) {
            if (closed) {
                return false;
            }
            if (queue.size() >= maxQueued) {
                closeLocked();
                overflow = true;
            } else {
                queue.add(frame);
                startWriter = !writing;
                writing = true;
            }
        }
        if (overflow) {
            onBroken.accept("client too slow: more than " + maxQueued + " frames waiting");
            return false;
        }
        if (startWriter) {
            writeLoop();
        }
        return true;
    }

    /** Frames queued or being written. */
    int pending() {
        synchronized (lock) {
            return queue.size() + (inFlight ? 1 : 0);
        }
    }

    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Drops what is still queued; later frames are refused. */
    void close() {
        synchronized (lock) {
            closeLocked();
        }
    }

    private void closeLocked() {
        closed = true;
        queue.clear();
    }

    private void writeLoop() {
        while (true) {
            String next;
            synchronized (lock) {
                next = closed ? null : queue.poll();
                if (next == null) {
                    writing = false;
                    return;
                }
                inFlight = true;
            }
            Write write = new Write();
            try {
                transport.sendText(next, write::written, write::failed);
            } catch (RuntimeException e) {
                write.failed(e);
            }
            if (write.handOff()) {
                return; // the completion will continue the loop
            }
        }
    }

    /** One write; whoever comes second (the completion or the writer loop) continues the loop. */
    private final class Write {
        private static final int IN_FLIGHT = 0;
        private static final int COMPLETED = 1;
        private static final int HANDED_OFF = 2;

        private final AtomicInteger state = new AtomicInteger(IN_FLIGHT);

        void written() {
            boolean drained;
            synchronized (lock) {
                inFlight = false;
                drained = !closed && queue.isEmpty();
            }
            if (drained) {
                onDrained.run();
            }
            if (!state.compareAndSet(IN_FLIGHT, COMPLETED)) {
                writeLoop(); // the writer loop handed off to us
            }
        }

        void failed(Throwable failure) {
            boolean first;
            synchronized (lock) {
                inFlight = false;
                first = !closed;
                closeLocked();
                writing = false;
            }
            state.set(COMPLETED);
            if (first) {
                onBroken.accept("write failed: " + failure);
            }
        }

        /** True when the write is still in flight: its completion will continue the loop. */
        boolean handOff() {
            return state.compareAndSet(IN_FLIGHT, HANDED_OFF);
        }
    }
}
