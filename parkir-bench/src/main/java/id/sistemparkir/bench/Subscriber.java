package id.sistemparkir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One realtime subscriber: subscribes after its hello, notes when each {@code vehicle.entered} arrives (by entry id),
 * and checks the stream: a seq lower than the last is out of order, a jump is missing events.
 */
final class Subscriber implements WebSocket.Listener {

    private final CountDownLatch subscribed = new CountDownLatch(1);
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean closedByServer;
    private long lastSeq = -1; // callback thread only
    private volatile long outOfOrder;
    private volatile long skipped;
    private WebSocket socket;

    static Subscriber connect(HttpClient http, URI uri, String token) {
        Subscriber subscriber = new Subscriber();
        subscriber.socket = http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .buildAsync(uri, subscriber)
                .join();
        return subscriber;
    }

    boolean awaitSubscribed(long seconds) throws InterruptedException {
        return subscribed.await(seconds, TimeUnit.SECONDS);
    }

    /** Arrival (System.nanoTime) of the entry's event, or null. */
    Long arrivalOf(String entryId) {
        return arrivals.get(entryId);
    }

    int received() {
        return arrivals.size();
    }

    long outOfOrder() {
        return outOfOrder;
    }

    long skipped() {
        return skipped;
    }

    boolean closedByServer() {
        return closedByServer;
    }

    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long at = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            handle(webSocket, text, at);
        }
        webSocket.request(1);
        return null;
    }

    private void handle(WebSocket webSocket, String text, long at) {
        JsonNode frame;
        try {
            frame = Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
        switch (frame.path("type").asText()) {
            case "hello" -> {
                lastSeq = frame.get("seq").asLong();
                webSocket.sendText("{\"type\":\"subscribe\",\"since\":" + lastSeq + "}", true);
                subscribed.countDown();
            }
            case "event" -> {
                long seq = frame.get("seq").asLong();
                if (seq <= lastSeq) {
                    outOfOrder++;
                } else {
                    skipped += seq - lastSeq - 1;
                    lastSeq = seq;
                }
                if ("vehicle.entered".equals(frame.path("event").asText())) {
                    arrivals.putIfAbsent(frame.path("data").path("id").asText(), at);
                }
            }
            default -> {
                // status, pong: not measured
            }
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedByServer = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closedByServer = true;
    }
}
