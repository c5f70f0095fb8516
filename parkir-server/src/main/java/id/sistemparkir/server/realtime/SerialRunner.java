package id.sistemparkir.server.realtime;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task on a shared executor, never two runs at the same time, coalescing requests.
 *
 * <p>The promise: after {@link #request()} returns, the task will start at least once more, after the request. Requests
 * that arrive while a run is queued or running are folded into one more run. A run that saw more requests arrive goes
 * back to the end of the executor's queue instead of looping, so one busy task cannot keep a shared thread to itself.
 *
 * <p>Whatever one run writes, the next run sees (the request counter is the hand-over point).
 */
final class SerialRunner {

    private static final Logger log = LoggerFactory.getLogger(SerialRunner.class);

    private final Executor executor;
    private final Runnable task;
    private final String name;

    /** Requests not yet answered by a run; a run is queued or running exactly when this is not 0. */
    private final AtomicInteger requests = new AtomicInteger();

    SerialRunner(Executor executor, Runnable task, String name) {
        this.executor = executor;
        this.task = task;
        this.name = name;
    }

    void request() {
        if (requests.getAndIncrement() == 0) {
            submit();
        }
    }

    private void submit() {
        try {
            executor.execute(this::runOnce);
        } catch (RejectedExecutionException e) {
            requests.set(0); // shutting down: nothing more will run
            log.debug("{}: executor stopped, request dropped", name);
        }
    }

    private void runOnce() {
        int answered = requests.get();
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("{} failed", name, e);
        }
        if (requests.addAndGet(-answered) != 0) {
            submit();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
