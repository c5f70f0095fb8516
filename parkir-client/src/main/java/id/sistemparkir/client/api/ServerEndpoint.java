package id.sistemparkir.client.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the Server is and how long a client waits for it (DESIGN §8: "every server call has short timeouts").
 *
 * <p>The defaults keep an operator waiting at most about two seconds for a dead server before the lane completes the
 * transaction offline: {@value #DEFAULT_CONNECT_MILLIS} ms to open a connection, {@value #DEFAULT_REQUEST_MILLIS} ms
 * for a whole request (connect included).
 *
 * @param baseUrl {@code http://host:port} or {@code https://...}, optionally with a path prefix (a reverse proxy);
 *     kept without a trailing slash
 * @param connectTimeout the limit for opening a TCP connection
 * @param requestTimeout the limit for a whole request, from sending to the last byte of the answer
 */
public record ServerEndpoint(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {

    static final long DEFAULT_CONNECT_MILLIS = 1_000;
    static final long DEFAULT_REQUEST_MILLIS = 2_000;

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(DEFAULT_CONNECT_MILLIS);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMillis(DEFAULT_REQUEST_MILLIS);

    /** Checks the URL (http or https with a host, no query or fragment) and the timeouts. */
    public ServerEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        baseUrl = normalise(baseUrl);
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
    }

    /** An endpoint with the default timeouts (connect 1 s, request 2 s), e.g. {@code of("http://localhost:8181")}. */
    public static ServerEndpoint of(String url) {
        Objects.requireNonNull(url, "url");
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a server URL: '" + url + "' (" + e.getReason() + ")", e);
        }
        return new ServerEndpoint(uri, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** The same server with other timeouts. */
    public ServerEndpoint withTimeouts(Duration connect, Duration request) {
        return new ServerEndpoint(baseUrl, connect, request);
    }

    /** {@code path} (starting with {@code /}, query included if any) under the base URL. */
    public URI resolve(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', was " + path);
        }
        return URI.create(baseUrl + path);
    }

    /** The realtime socket: {@code ws://host:port/ws}, or {@code wss://...} for an https server. */
    public URI webSocketUri() {
        String scheme = "https".equals(baseUrl.getScheme()) ? "wss" : "ws";
        String base = baseUrl.toString();
        return URI.create(scheme + base.substring(base.indexOf(':')) + "/ws");
    }

    private static URI normalise(URI url) {
        String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("the server URL must start with http:// or https://, was " + url);
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("the server URL needs a host, was " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("the server URL must not have a query or fragment, was " + url);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the server URL must not carry credentials");
        }
        return URI.create(scheme + "://" + url.getRawAuthority() + path);
    }
}
