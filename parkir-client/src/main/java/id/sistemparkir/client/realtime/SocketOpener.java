package id.sistemparkir.client.realtime;

import id.sistemparkir.client.api.ServerEndpoint;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the WebSocket upgrade of one {@link SocketConnection} with {@code Authorization: Bearer <token>}, within the
 * endpoint's request timeout. A failed upgrade fails the connection with the reason; a 401 also reports the refused
 * token, so that someone can log in again before the next attempt.
 */
final class SocketOpener {

    private static final Logger log = LoggerFactory.getLogger(SocketOpener.class);

    private final ServerEndpoint endpoint;
    private final HttpClient http;
    private final Supplier<String> token;

    SocketOpener(ServerEndpoint endpoint, HttpClient http, Supplier<String> token) {
        this.endpoint = endpoint;
        this.http = http;
        this.token = token;
    }

    /** Returns at once; the connection hears {@code onOpen} or is failed. */
    void open(SocketConnection connection, Consumer<String> tokenRefused) {
        String bearer = bearerToken();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(endpoint.requestTimeout());
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        log.debug("Opening {} to {}", connection, endpoint.webSocketUri());
        try {
            builder.buildAsync(endpoint.webSocketUri(), connection).whenComplete((socket, failure) -> {
                if (failure != null) {
                    failed(connection, failure, bearer, tokenRefused);
                }
            });
        } catch (RuntimeException e) {
            failed(connection, e, bearer, tokenRefused);
        }
    }

    private String bearerToken() {
        try {
            return token.get();
        } catch (RuntimeException e) {
            log.warn("No token for the realtime socket ({}); connecting without one", e.toString());
            return null;
        }
    }

    private static void failed(
            SocketConnection connection, Throwable failure, String bearer, Consumer<String> tokenRefused) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof WebSocketHandshakeException refused) {
            int status = refused.getResponse().statusCode();
            if (status == 401) {
                tokenRefused.accept(bearer == null ? "" : bearer);
            }
            connection.fail("the server refused the upgrade (HTTP " + status + ")");
        } else {
            connection.fail("cannot connect: " + cause);
        }
    }
}
