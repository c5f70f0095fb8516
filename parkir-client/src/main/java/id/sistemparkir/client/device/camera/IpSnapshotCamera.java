package id.sistemparkir.client.device.camera;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An IP camera's JPEG snapshot URL (e.g. Hikvision {@code /ISAPI/Streaming/channels/101/picture}, Dahua
 * {@code /cgi-bin/snapshot.cgi}), fetched with one HTTP GET per capture.
 *
 * <p>The whole capture — connect, headers and body — is bounded by {@code timeout}; the body by
 * {@link Jpeg#MAX_BYTES}. Only HTTP Basic authentication is supported: a camera that insists on Digest must have
 * Basic (or anonymous snapshots) enabled.
 */
public final class IpSnapshotCamera implements Camera {

    private static final Logger log = LoggerFactory.getLogger(IpSnapshotCamera.class);

    private final URI snapshotUrl;
    private final Duration timeout;
    private final Optional<String> authorization;
    private final String name;
    private final HttpClient client;

    /**
     * @param snapshotUrl an {@code http} or {@code https} URL without user info (pass credentials separately)
     * @param timeout the limit for a whole capture, e.g. 2 s
     * @param basicAuthUser user for HTTP Basic authentication, if the camera needs one
     * @param basicAuthPassword its password (only with a user)
     */
    public IpSnapshotCamera(
            URI snapshotUrl, Duration timeout, Optional<String> basicAuthUser, Optional<String> basicAuthPassword) {
        this.snapshotUrl = Objects.requireNonNull(snapshotUrl, "snapshotUrl");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(basicAuthUser, "basicAuthUser");
        Objects.requireNonNull(basicAuthPassword, "basicAuthPassword");
        if (snapshotUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("give the camera's user and password separately, not in the URL");
        }
        String scheme =
                snapshotUrl.getScheme() == null ? "" : snapshotUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || snapshotUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "camera snapshot URL must start with http:// or https:// and name a host: " + snapshotUrl);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("camera timeout must be positive, was " + timeout);
        }
        if (basicAuthPassword.isPresent() && basicAuthUser.isEmpty()) {
            throw new IllegalArgumentException("a camera password needs a user");
        }
        this.authorization = basicAuthUser.map(user -> basic(user, basicAuthPassword.orElse("")));
        this.name = snapshotUrl.getHost() + (snapshotUrl.getPort() < 0 ? "" : ":" + snapshotUrl.getPort());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public byte[] capture(CaptureRequest request) throws DeviceException {
        Objects.requireNonNull(request, "request");
        long started = System.nanoTime();
        HttpRequest.Builder get = HttpRequest.newBuilder(snapshotUrl)
                .timeout(timeout)
                .header("Accept", "image/jpeg")
                .GET();
        authorization.ifPresent(value -> get.header("Authorization", value));
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(
                get.build(),
                info -> info.statusCode() == 200
                        ? new LimitedBodySubscriber(Jpeg.MAX_BYTES)
                        : BodySubscribers.replacing(new byte[0]));
        HttpResponse<byte[]> response = await(pending);
        if (response.statusCode() != 200) {
            throw new DeviceException(DeviceKind.CAMERA, statusMessage(response.statusCode()));
        }
        byte[] photo = Jpeg.check(response.body(), name);
        log.debug(
                "Camera {} took a {}-byte photo for gate {} in {} ms",
                name,
                photo.length,
                request.gate(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return photo;
    }

    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending) throws DeviceException {
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceKind.CAMERA, "Camera " + name + ": capture interrupted", e);
        } catch (ExecutionException e) {
            throw failed(e.getCause() == null ? e : e.getCause());
        }
    }

    private DeviceException failed(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return timedOut(cause);
            }
            if (t instanceof LimitedBodySubscriber.TooLargeException) {
                return new DeviceException(
                        DeviceKind.CAMERA,
                        "Camera " + name + " returned an image larger than 5 MiB; lower its resolution",
                        cause);
            }
            if (t instanceof ConnectException) {
                return new DeviceException(DeviceKind.CAMERA, "Camera " + name + " is not reachable", cause);
            }
        }
        return new DeviceException(DeviceKind.CAMERA, "Camera " + name + " failed: " + cause.getMessage(), cause);
    }

    private DeviceException timedOut(Throwable cause) {
        return new DeviceException(
                DeviceKind.CAMERA, "Camera " + name + " did not answer within " + timeout.toMillis() + " ms", cause);
    }

    private String statusMessage(int status) {
        if (status == 401 || status == 403) {
            return "Camera " + name + " refused the user name or password (HTTP " + status + ")";
        }
        if (status == 404) {
            return "Camera " + name + " has no snapshot at this address (HTTP 404); check the URL";
        }
        return "Camera " + name + " answered HTTP " + status + " instead of a photo";
    }

    private static String basic(String user, String password) {
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    @Override
    public String toString() {
        // Scheme, host and path only: some cameras take credentials in the query string.
        return "IpSnapshotCamera[" + snapshotUrl.getScheme() + "://" + name + snapshotUrl.getRawPath()
                + (authorization.isPresent() ? ", basic auth" : "") + "]";
    }
}
