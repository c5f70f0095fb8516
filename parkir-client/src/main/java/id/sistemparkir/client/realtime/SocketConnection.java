package id.sistemparkir.client.realtime;

import id.sistemparkir.core.contract.RealtimeFrame;
import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at the {@code /ws} socket ({@code java.net.http}): reassembles text frames, counts pongs, serialises
 * sends (the JDK refuses a send while the previous one is pending), and reports its end exactly once.
 */
final class SocketConnection implements WebSocket.Listener {

    private static final Logger log = LoggerFactory.getLogger(SocketConnection.class);
    private static final long CLOSE_GRACE_MILLIS = 1_000;

    /** What the connection reports to its client. */
    interface Handler {
        void opened(SocketConnection connection);

        /** A complete frame other than {@code pong}; called on the socket's thread, must not block. */
        void received(SocketConnection connection, RealtimeFrame frame);

        /** Called once, when the socket closed, failed, or was aborted by {@link #fail}. */
        void lost(SocketConnection connection, String reason);
    }

    private final long number;
    private final Handler handler;
    private final StringBuilder partial = new StringBuilder(); // the JDK calls onText sequentially
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicLong pingsSent = new AtomicLong();
    private final AtomicLong pongsReceived = new AtomicLong();
    private final Object sendLock = new Object();

    private volatile WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null); // guarded by sendLock

    SocketConnection(long number, Handler handler) {
        this.number = number;
        this.handler = handler;
    }

    long number() {
        return number;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
        handler.opened(this);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            dispatch(text);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        log.debug("Ignoring a binary frame on realtime connection #{}", number);
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        end("closed by the server (" + statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        end("socket error: " + error);
    }

    /** Sends a frame after the ones before it; a failed send ends the connection. */
    void send(RealtimeFrame frame) {
        WebSocket ws = socket;
        if (ws == null || ended.get()) {
            return;
        }
        String text = FrameCodec.encode(frame);
        synchronized (sendLock) {
            sending = sending.thenCompose(ignored -> ws.sendText(text, true)).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    fail("send failed: " + failure);
                }
            });
        }
    }

    /** Sends a ping; returns its number, to compare with {@link #pongsReceived()} later. */
    long ping() {
        long sent = pingsSent.incrementAndGet();
        send(new RealtimeFrame.Ping());
        return sent;
    }

    long pongsReceived() {
        return pongsReceived.get();
    }

    boolean ended() {
        return ended.get();
    }

    /** Gives up on this socket (e.g. no pong): aborts it and reports it lost. */
    void fail(String reason) {
        end(reason);
    }

    /** Closes politely without reporting a loss (the client is shutting down). */
    void close() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        WebSocket ws = socket;
        if (ws == null) {
            return;
        }
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "client closing")
                .orTimeout(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        ws.abort();
                    }
                });
        CompletableFuture.delayedExecutor(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)
                .execute(ws::abort);
    }

    private void dispatch(String text) {
        RealtimeFrame frame;
        try {
            frame = FrameCodec.decode(text);
        } catch (IOException e) {
            log.warn("Realtime connection #{}: ignoring a frame that cannot be read: {}", number, e.getMessage());
            return;
        }
        if (frame == null) {
            log.debug("Realtime connection #{}: ignoring a frame of an unknown type", number);
        } else if (frame instanceof RealtimeFrame.Pong) {
            pongsReceived.incrementAndGet();
        } else {
            handler.received(this, frame);
        }
    }

    private void end(String reason) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        handler.lost(this, reason);
    }

    @Override
    public String toString() {
        return "realtime connection #" + number;
    }
}
