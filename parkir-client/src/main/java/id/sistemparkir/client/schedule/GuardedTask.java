package id.sistemparkir.client.schedule;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task that never lets an exception escape to its scheduler: {@code scheduleWithFixedDelay} silently stops a
 * periodic task for good the first time it throws (issue 7: one failed cache write stopped every later one). The
 * failure is logged, and the next run happens as planned.
 */
public final class GuardedTask implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(GuardedTask.class);

    private final String name;
    private final Runnable task;

    private GuardedTask(String name, Runnable task) {
        this.name = Objects.requireNonNull(name, "name");
        this.task = Objects.requireNonNull(task, "task");
    }

    /** @param name what the task does, for the log line, e.g. "cache of vehicles inside: write" */
    public static GuardedTask of(String name, Runnable task) {
        return new GuardedTask(name, task);
    }

    /** Runs {@code task} once, logging instead of throwing. */
    public static void runGuarded(String name, Runnable task) {
        of(name, task).run();
    }

    @Override
    public void run() {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Periodic task '{}' failed; it runs again as planned", name, e);
        }
    }
}
