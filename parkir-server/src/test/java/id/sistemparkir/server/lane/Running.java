package id.sistemparkir.server.lane;

import id.sistemparkir.server.testsupport.StatementPause;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A lane call on its own thread, made before it starts so that a {@link StatementPause} point can name the thread. */
final class Running<T> {

    final Thread thread;
    private final CompletableFuture<T> result = new CompletableFuture<>();

    Running(Supplier<T> call) {
        this.thread = new Thread(() -> {
            try {
                result.complete(call.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Gives the call a second to run as far as it can (it finishes unless something makes it wait). */
    void waitAWhile() {
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    T result() {
        try {
            return result.get(StatementPause.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the lane call failed or hung", e);
        }
    }

    /** What the call threw; fails when it returned. */
    Throwable failure() {
        try {
            T value = result.get(StatementPause.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("expected the call to fail, it returned " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the lane call hung", e);
        }
    }
}
