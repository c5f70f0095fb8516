package id.sistemparkir.client.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a lane call early when the server has gone silent: it accepts connections and answers nothing (a frozen JVM, a
 * hung proxy). A call still waiting after {@link #ASK_AFTER} asks {@code GET /api/v1/health} with {@link #PATIENCE};
 * when that gets no answer either, the call answers {@code Unavailable} then (the lane stores the record offline)
 * instead of waiting out its whole budget (issue 13: +1.9 s per first entry, goal < +1 s). A server that answers
 * health at all, even 503, is alive but busy, and the call keeps its budget. Calls waiting at the same moment share
 * one health request. A late answer to a call given up is ignored; for a record the server's idempotency makes the
 * offline copy harmless at sync (decision 0006).
 */
final class SilentServerCheck {

    static final Duration ASK_AFTER = Duration.ofMillis(250);
    static final Duration PATIENCE = Duration.ofMillis(650);

    private final HttpClient http;
    private final URI health;
    private final Object lock = new Object();
    private CompletableFuture<Boolean> lastAnswer; // true: the server answered health
    private long lastAskedNanos;

    SilentServerCheck(HttpClient http, URI health) {
        this.http = http;
        this.health = health;
    }

    /** Whether calls with this budget are worth watching: a budget shorter than the check ends sooner anyway. */
    static boolean worthIt(Duration budget) {
        return budget.compareTo(ASK_AFTER.plus(PATIENCE).plusMillis(100)) > 0;
    }

    /** Completes {@code call} with {@code Unavailable} if it is still waiting when the server is found silent. */
    <T> void watch(CompletableFuture<ApiResult<T>> call, String what) {
        CompletableFuture.delayedExecutor(ASK_AFTER.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> {
                    if (call.isDone()) {
                        return;
                    }
                    serverAnswers().thenAccept(answers -> {
                        if (!answers) {
                            call.complete(new ApiResult.Unavailable<>(what + ": the server accepts connections but does"
                                    + " not answer (health silent for " + PATIENCE.toMillis() + " ms)"));
                        }
                    });
                });
    }

    private CompletableFuture<Boolean> serverAnswers() {
        synchronized (lock) {
            long now = System.nanoTime();
            boolean fresh = lastAnswer != null && (!lastAnswer.isDone() || now - lastAskedNanos < ASK_AFTER.toNanos());
            if (!fresh) {
                lastAskedNanos = now;
                lastAnswer = ask();
            }
            return lastAnswer;
        }
    }

    private CompletableFuture<Boolean> ask() {
        HttpRequest request =
                HttpRequest.newBuilder(health).timeout(PATIENCE).GET().build();
        try {
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(PATIENCE.toMillis() + 50, TimeUnit.MILLISECONDS)
                    .handle((response, failure) -> failure == null);
        } catch (RuntimeException e) { // a client shut down: nobody answers
            return CompletableFuture.completedFuture(false);
        }
    }
}
