package id.sistemparkir.desktop.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One kind of background load where only the newest answer counts: starting one cancels the one before, so an older,
 * slower answer (the unfiltered search the tab started when it opened) never overwrites a newer one (the search the
 * user typed). {@link Tasks#submit} on a pool applies answers in the order they arrive, not the order asked. Used from
 * the UI thread only.
 */
public final class LatestTask {

    private final Tasks tasks;
    private final String name;
    private Tasks.Running running;

    public LatestTask(Tasks tasks, String name) {
        this.tasks = tasks;
        this.name = name;
    }

    /** Cancels the load still running, if any, then starts {@code work} like {@link Tasks#submit}. */
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (running != null) {
            running.cancel();
        }
        running = tasks.submit(name, work, onSuccess, onFailure);
    }
}
