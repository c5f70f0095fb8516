package id.sistemparkir.client.api;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request with the endpoint's deadlines and classifies the answer. Nothing here waits longer than the
 * request timeout: besides {@link HttpRequest.Builder#timeout} (which in the JDK stops at the response headers), a
 * timer cancels the exchange if the body has not arrived by then either.
 */
final class ApiTransport {

    private static final Logger log = LoggerFactory.getLogger(ApiTransport.class);

    /** Lets the request's own timeout fire first (it has the better message). */
    private static final long DEADLINE_MARGIN_MILLIS = 100;

    private static final String HEALTH_PATH = "/api/v1/health";

    private final ServerEndpoint endpoint;
    private final HttpClient http;
    private final SilentServerCheck silence;

    ApiTransport(ServerEndpoint endpoint, HttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
        this.silence = new SilentServerCheck(http, endpoint.resolve(HEALTH_PATH));
    }

    ServerEndpoint endpoint() {
        return endpoint;
    }

    /** A request builder for {@code path} with the request timeout, JSON accepted, and the token when given. */
    HttpRequest.Builder request(String path, String token) {
        return request(path, token, endpoint.requestTimeout());
    }

    /** The same with its own timeout (uploads, which never keep a car waiting). */
    HttpRequest.Builder request(String path, String token, Duration timeout) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(endpoint.resolve(path)).timeout(timeout).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Sends without blocking; the future always completes normally, within the request timeout. */
    <T> CompletableFuture<ApiResult<T>> sendAsync(HttpRequest request, JavaType type, boolean bodyOn503) {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException e) { // e.g. an HttpClient that was shut down
            return CompletableFuture.completedFuture(new ApiResult.Unavailable<>(describe(e, request)));
        }
        long deadline = request.timeout().orElse(endpoint.requestTimeout()).toMillis() + DEADLINE_MARGIN_MILLIS;
        CompletableFuture.delayedExecutor(deadline, TimeUnit.MILLISECONDS).execute(() -> exchange.cancel(true));
        return exchange.handle((response, failure) -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            ApiResult<T> result = failure == null
                    ? ResponseClassifier.classify(response.statusCode(), response.body(), type, bodyOn503)
                    : new ApiResult.Unavailable<>(describe(failure, request));
            log.debug("{} {} -> {} in {} ms", request.method(), request.uri().getPath(), result.describe(), millis);
            return result;
        });
    }

    /**
     * Sends and waits; returns within the request timeout.
     *
     * @throws CallCancelledException when the waiting thread is interrupted (the exchange is cancelled)
     */
    <T> ApiResult<T> send(HttpRequest request, JavaType type, boolean bodyOn503) {
        CompletableFuture<ApiResult<T>> result = sendAsync(request, type, bodyOn503);
        if (isLaneCall(request)) {
            silence.watch(result, request.method() + " " + request.uri().getPath());
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new CallCancelledException(
                    request.method() + " " + request.uri().getPath());
        } catch (ExecutionException e) { // cannot happen: handle() completes normally
            return new ApiResult.Unavailable<>(describe(e.getCause(), request));
        }
    }

    /**
     * A call with the lane budget (not an upload's or an explicit login's longer one), other than health itself: a car
     * may be waiting, so a silent server ends it early ({@link SilentServerCheck}).
     */
    private boolean isLaneCall(HttpRequest request) {
        Duration budget = request.timeout().orElse(endpoint.requestTimeout());
        return budget.equals(endpoint.requestTimeout())
                && SilentServerCheck.worthIt(budget)
                && !request.uri().getPath().endsWith(HEALTH_PATH);
    }

    /** Names the timeout the request had (a photo's 30 s, not the 2 s of lane calls). */
    private String describe(Throwable failure, HttpRequest request) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection to " + endpoint.baseUrl() + " within " + millis(endpoint.connectTimeout());
        }
        if (cause instanceof HttpTimeoutException
                || cause instanceof CancellationException
                || cause instanceof TimeoutException) {
            return "no answer from " + endpoint.baseUrl() + " within "
                    + millis(request.timeout().orElse(endpoint.requestTimeout()));
        }
        if (cause instanceof ConnectException) {
            return "cannot connect to " + endpoint.baseUrl() + " (" + messageOf(cause) + ")";
        }
        if (cause instanceof IOException) {
            return "I/O error talking to " + endpoint.baseUrl() + ": " + messageOf(cause);
        }
        return "request failed: " + messageOf(cause);
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() == null
                ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
