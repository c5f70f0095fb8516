package id.sistemparkir.server.maintenance;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's periodic housekeeping on one background thread: the pending-exit sweep, retention. Every run is
 * guarded: a task that throws is logged and runs again next time (a bare {@code scheduleWithFixedDelay} would stop it
 * for good, silently), and while the database is known to be down the runs are skipped instead of failing noisily.
 */
public final class Maintenance implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Maintenance.class);

    private final BooleanSupplier databaseUp;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parkir-maintenance");
        thread.setDaemon(true);
        return thread;
    });

    public Maintenance(BooleanSupplier databaseUp) {
        this.databaseUp = databaseUp;
    }

    /** Runs {@code task} after {@code initialDelay}, then every {@code interval} after each run ends. */
    public void every(String name, Duration initialDelay, Duration interval, Runnable task) {
        GuardedTask guarded = new GuardedTask(name, task);
        timer.scheduleWithFixedDelay(guarded, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Maintenance: {} every {} (first in {})", name, interval, initialDelay);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Maintenance did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One task's runs; logs the first failure of a streak and the recovery, not every failed run. */
    private final class GuardedTask implements Runnable {
        private final String name;
        private final Runnable task;
        private boolean failing;

        GuardedTask(String name, Runnable task) {
            this.name = name;
            this.task = task;
        }

        @Override
        public void run() {
            if (!databaseUp.getAsBoolean()) {
                log.debug("Maintenance: {} skipped, the database is down", name);
                return;
            }
            try {
                task.run();
                if (failing) {
                    failing = false;
                    log.info("Maintenance: {} works again", name);
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    failing = true;
                    log.error("Maintenance: {} failed; it runs again at its next time", name, e);
                } else {
                    log.debug("Maintenance: {} failed again: {}", name, e.toString());
                }
            }
        }
    }
}
