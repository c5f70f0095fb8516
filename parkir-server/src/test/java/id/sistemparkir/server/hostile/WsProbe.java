package id.sistemparkir.server.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Opens {@code /ws}, sends hostile frames, and reports the first error frame or the close code. */
final class WsProbe implements WebSocket.Listener {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    private WsProbe() {}

    /** Sends each text frame (after the hello) and answers what came back for the last one. */
    static Answer send(int port, String token, String... texts) throws Exception {
        WsProbe probe = new WsProbe();
        WebSocket socket = HTTP.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), probe)
                .get(10, TimeUnit.SECONDS);
        try {
            String hello = probe.frames.poll(10, TimeUnit.SECONDS);
            if (hello == null || !hello.contains("\"hello\"")) {
                return new Answer(-1, "ws", "no hello: " + hello);
            }
            for (String text : texts) {
                socket.sendText(text, true).get(10, TimeUnit.SECONDS);
            }
            return probe.awaitErrorOrClose();
        } finally {
            socket.abort();
        }
    }

    private Answer awaitErrorOrClose() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String frame = frames.poll(100, TimeUnit.MILLISECONDS);
            if (frame != null && frame.contains("\"type\":\"error\"")) {
                return new Answer(Answer.FRAME, "ws", frame);
            }
            if (closed.isDone()) {
                return new Answer(closed.get(), "ws", "{}");
            }
        }
        return new Answer(-2, "ws", "no error frame and no close within 10 s");
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-3);
    }
}
