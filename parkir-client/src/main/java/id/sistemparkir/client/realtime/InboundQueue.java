package id.sistemparkir.client.realtime;

import id.sistemparkir.core.contract.RealtimeFrame;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Received frames, handled one at a time in arrival order on a (possibly multi-threaded) executor, so that the socket's
 * thread never waits for listeners (and pongs are read on time while a long replay is being processed). After each
 * batch — everything that was waiting — {@code afterBatch} runs (the seq is saved there: once per batch, not per event).
 */
final class InboundQueue {

    private static final Logger log = LoggerFactory.getLogger(InboundQueue.class);

    /** A frame and the connection it came on. */
    record Inbound(SocketConnection from, RealtimeFrame frame) {}

    private final Executor executor;
    private final Consumer<Inbound> handler;
    private final Runnable afterBatch;
    private final Queue<Inbound> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    InboundQueue(Executor executor, Consumer<Inbound> handler, Runnable afterBatch) {
        this.executor = executor;
        this.handler = handler;
        this.afterBatch = afterBatch;
    }

    void add(SocketConnection from, RealtimeFrame frame) {
        queue.add(new Inbound(from, frame));
        trigger();
    }

    /** Drops what waits (closing): those events were not handled, so their seq is not saved and they replay later. */
    void clear() {
        queue.clear();
    }

    private void trigger() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            draining.set(false);
            log.debug("Realtime frames not handled: the executor is shut down");
        }
    }

    private void drain() {
        try {
            Inbound next;
            while ((next = queue.poll()) != null) {
                try {
                    handler.accept(next);
                } catch (RuntimeException e) {
                    log.error(
                            "Handling a realtime {} failed",
                            next.frame().getClass().getSimpleName(),
                            e);
                }
            }
            afterBatch.run();
        } finally {
            draining.set(false);
            if (!queue.isEmpty()) {
                trigger();
            }
        }
    }
}
