package id.sistemparkir.desktop.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link Tasks} that run everything at once on the calling thread: for ViewModel tests and headless tools. */
public final class DirectTasks implements Tasks {

    @Override
    public <T> Running submit(
            String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            onSuccess.accept(work.call());
        } catch (Exception e) {
            onFailure.accept(e);
        }
        return new Running() {
            @Override
            public void cancel() {}

            @Override
            public boolean done() {
                return true;
            }
        };
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
