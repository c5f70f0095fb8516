package id.sistemparkir.server.realtime;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** A {@code /ws} client for tests ({@code java.net.http}): keeps every frame it receives, in order. */
final class WsTestClient implements WebSocket.Listener, AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<JsonNode> frames = new ArrayList<>(); // guarded by itself
    private final StringBuilder partial = new StringBuilder(); // listener calls are sequential
    private final CompletableFuture<Integer> closeStatus = new CompletableFuture<>();
    private WebSocket socket;
    private boolean paused; // guarded by frames
    private boolean owesRequest; // guarded by frames: a frame was taken while paused, request the next on resume

    private WsTestClient() {}

    /** Connects with {@code Authorization: Bearer token} and waits for the upgrade. */
    static WsTestClient connect(URI uri, String token) {
        WsTestClient client = new WsTestClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    /** Tries to connect and expects the upgrade to be refused; returns the HTTP status of the refusal. */
    static int refusedStatus(URI uri, String token) {
        try {
            connect(uri, token).close();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        throw new AssertionError("the upgrade was accepted");
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode frame = Json.mapper().readTree(partial.toString());
                synchronized (frames) {
                    frames.add(frame);
                }
            } catch (IOException e) {
                throw new AssertionError("server sent a frame that is not JSON: " + partial, e);
            } finally {
                partial.setLength(0);
            }
        }
        synchronized (frames) {
            if (paused) {
                owesRequest = true;
                return null;
            }
        }
        webSocket.request(1);
        return null;
    }

    /** Stops taking frames (after the current one): the server's writes back up, as with a client that hangs. */
    void pauseReading() {
        synchronized (frames) {
            paused = true;
        }
    }

    void resumeReading() {
        boolean request;
        synchronized (frames) {
            paused = false;
            request = owesRequest;
            owesRequest = false;
        }
        if (request) {
            socket.request(1);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeStatus.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeStatus.completeExceptionally(error);
    }

    /** Sends one text frame and waits until it is written. */
    synchronized void send(String text) {
        try {
            socket.sendText(text, true).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    List<JsonNode> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    /** How many frames arrived so far: pass it to {@link #awaitFrame(int, Predicate, Duration)} to look only later. */
    int mark() {
        synchronized (frames) {
            return frames.size();
        }
    }

    JsonNode awaitFrame(Predicate<JsonNode> match) {
        return awaitFrame(0, match, PATIENCE);
    }

    /** The first frame at index {@code from} or later that matches, waiting up to {@code patience} for it. */
    JsonNode awaitFrame(int from, Predicate<JsonNode> match, Duration patience) {
        return await().atMost(patience)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> find(from, match), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<JsonNode> find(int from, Predicate<JsonNode> match) {
        List<JsonNode> received = frames();
        return received.subList(Math.min(from, received.size()), received.size()).stream()
                .filter(match)
                .findFirst();
    }

    static Predicate<JsonNode> type(String type) {
        return frame -> type.equals(frame.path("type").asText());
    }

    /** The seqs of the event frames received so far, in arrival order. */
    List<Long> eventSeqs() {
        return frames().stream()
                .filter(type("event"))
                .map(frame -> frame.get("seq").asLong())
                .toList();
    }

    /** Waits until at least {@code count} event frames arrived; returns their seqs. */
    List<Long> awaitEventSeqs(int count) {
        return await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(10))
                .until(this::eventSeqs, seqs -> seqs.size() >= count);
    }

    /** The close status the server sent, waiting for it. */
    int awaitClosed() {
        try {
            return closeStatus.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the socket did not close", e);
        }
    }

    boolean isClosed() {
        return closeStatus.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        try {
            closeStatus.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing anyway
        }
        socket.abort();
    }
}
