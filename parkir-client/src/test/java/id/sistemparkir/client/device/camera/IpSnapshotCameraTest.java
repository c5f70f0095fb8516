package id.sistemparkir.client.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.sistemparkir.client.device.DeviceException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on 127.0.0.1 and a free port. */
class IpSnapshotCameraTest {

    private static final Duration TIMEOUT = Duration.ofMillis(400);
    private static final CaptureRequest REQUEST = new CaptureRequest("IN1", "", Instant.EPOCH);

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private ExecutorService handlers;
    private HttpServer server;
    private byte[] jpeg;

    @BeforeEach
    void startServer() throws Exception {
        jpeg = new SimulatedCamera(ZoneId.of("UTC")).capture(REQUEST);
        handlers = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/snapshot.jpg", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            reply(exchange, 200, jpeg);
        });
        server.createContext(
                "/text", exchange -> reply(exchange, 200, "<html>login</html>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow", exchange -> {
            try {
                release.await(5, TimeUnit.SECONDS); // bounded: released when the test ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, jpeg);
        });
        server.createContext("/locked", exchange -> reply(exchange, 401, new byte[0]));
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length announced
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jpeg, 0, 3);
                byte[] chunk = new byte[64 * 1024];
                for (int sent = 0; sent <= Jpeg.MAX_BYTES; sent += chunk.length) {
                    body.write(chunk);
                }
            } catch (IOException e) {
                // the camera gave up reading: expected
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void fetchesTheSnapshotWithBasicAuthentication() throws Exception {
        IpSnapshotCamera camera =
                new IpSnapshotCamera(url("/snapshot.jpg"), TIMEOUT, Optional.of("admin"), Optional.of("rahasia"));

        assertThat(camera.capture(REQUEST)).isEqualTo(jpeg);
        String expected =
                "Basic " + Base64.getEncoder().encodeToString("admin:rahasia".getBytes(StandardCharsets.UTF_8));
        assertThat(authorization.get()).isEqualTo(expected);
    }

    @Test
    void sendsNoCredentialsWhenNoneAreConfigured() throws Exception {
        assertThat(camera("/snapshot.jpg").capture(REQUEST)).isEqualTo(jpeg);
        assertThat(authorization.get()).isNull();
    }

    @Test
    void notFoundIsAClearFailure() {
        assertThatThrownBy(() -> camera("/nothing-here").capture(REQUEST))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void wrongCredentialsAreNamed() {
        assertThatThrownBy(() -> camera("/locked").capture(REQUEST))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("user name or password (HTTP 401)");
    }

    @Test
    void aBodyThatIsNotAJpegIsRefused() {
        assertThatThrownBy(() -> camera("/text").capture(REQUEST))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("did not return a JPEG");
    }

    @Test
    void aSlowCameraFailsWithinTheTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> camera("/slow").capture(REQUEST))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("did not answer within 400 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plusMillis(1_000));
    }

    @Test
    void aBodyOverTheLimitIsCutOff() {
        assertThatThrownBy(() -> new IpSnapshotCamera(
                                url("/huge"), Duration.ofSeconds(5), Optional.empty(), Optional.empty())
                        .capture(REQUEST))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("larger than 5 MiB");
    }

    @Test
    void aCameraThatIsNotListeningIsNotReachable() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        IpSnapshotCamera camera = new IpSnapshotCamera(
                URI.create("http://127.0.0.1:" + port + "/snapshot.jpg"), TIMEOUT, Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> camera.capture(REQUEST))
                .isInstanceOf(DeviceException.class)
                .hasMessage("Camera 127.0.0.1:" + port + " is not reachable");
    }

    @Test
    void refusesUnusableSettings() {
        Optional<String> none = Optional.empty();
        assertThatThrownBy(() -> new IpSnapshotCamera(URI.create("ftp://cam/snap.jpg"), TIMEOUT, none, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IpSnapshotCamera(URI.create("http://admin:pw@cam/snap.jpg"), TIMEOUT, none, none))
                .hasMessageContaining("separately");
        assertThatThrownBy(() -> new IpSnapshotCamera(URI.create("http://cam/snap.jpg"), Duration.ZERO, none, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new IpSnapshotCamera(URI.create("http://cam/snap.jpg"), TIMEOUT, none, Optional.of("pw")))
                .hasMessageContaining("needs a user");
    }

    @Test
    void toStringShowsNoQueryString() {
        IpSnapshotCamera camera = new IpSnapshotCamera(
                URI.create("http://cam:8080/cgi-bin/snap.cgi?user=admin&pwd=secret"),
                TIMEOUT,
                Optional.empty(),
                Optional.empty());

        assertThat(camera.toString()).contains("cam:8080/cgi-bin/snap.cgi").doesNotContain("secret");
    }

    private IpSnapshotCamera camera(String path) {
        return new IpSnapshotCamera(url(path), TIMEOUT, Optional.empty(), Optional.empty());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
