package id.sistemparkir.desktop.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the windows do work that may wait (server calls, files, devices): off the FX thread, on named
 * executors, with the result applied on the FX thread (CONVENTIONS §5). {@link FxTasks} in the apps; {@link
 * DirectTasks} runs everything on the calling thread, so ViewModels are tested without JavaFX.
 */
public interface Tasks {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI thread (never both,
     * neither after a cancel).
     *
     * @param name for the thread name and logs, e.g. {@code "ticket-lookup"}
     */
    <T> Running submit(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (now when already there). */
    void onUi(Runnable action);

    /** A background job that may be cancelled (its thread is interrupted; a waiting server call ends at once). */
    interface Running {
        void cancel();

        boolean done();
    }
}
