package id.sistemparkir.client.realtime;

import id.sistemparkir.client.schedule.GuardedTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The injected scheduler, made safe for long-lived timers: a task that throws is logged (a periodic one would
 * otherwise silently stop), and a scheduler that was shut down by its owner refuses quietly instead of throwing.
 */
final class SafeScheduler {

    private static final Logger log = LoggerFactory.getLogger(SafeScheduler.class);

    private final ScheduledExecutorService scheduler;

    SafeScheduler(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    void execute(Runnable task) {
        try {
            scheduler.execute(() -> runSafely("task", task));
        } catch (RejectedExecutionException e) {
            log.warn("A realtime task was not run: the scheduler is shut down");
        }
    }

    /** @return the timer, or {@code null} when the scheduler is shut down */
    ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        try {
            return scheduler.schedule(() -> runSafely("timer", task), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Timer not scheduled: the scheduler is shut down");
            return null;
        }
    }

    /** @return the timer, or {@code null} when the scheduler is shut down */
    ScheduledFuture<?> every(Runnable task, long periodMillis) {
        try {
            return scheduler.scheduleAtFixedRate(
                    () -> runSafely("timer", task), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Timer not scheduled: the scheduler is shut down");
            return null;
        }
    }

    static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    static void runSafely(String what, Runnable task) {
        GuardedTask.runGuarded("realtime " + what, task);
    }
}
