package id.sistemparkir.client.sync;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A test-only {@link SyncTransport} over {@code java.net.http}, to run the engine against the real server; the
 * product's transport sits on the HTTP API client (client.api). Classifies answers as DESIGN §5a says.
 */
final class HttpTestTransport implements SyncTransport {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final String username;
    private final String password;
    private volatile String token;

    HttpTestTransport(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.password = password;
    }

    void forgetToken() {
        token = "expired-" + UUID.randomUUID();
    }

    @Override
    public SendResult send(OfflineRecord record) {
        boolean entry = record.entry() != null;
        Object body = entry ? record.entry() : record.exit();
        return classify(() -> request(entry ? "/api/v1/entries" : "/api/v1/exits")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(body))));
    }

    @Override
    public SendResult uploadPhoto(UUID recordId, String apiKind, byte[] jpeg) {
        return classify(() -> request("/api/v1/photos/" + recordId + "?kind=" + apiKind)
                .header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(jpeg)));
    }

    @Override
    public SendResult reportSetAside(id.sistemparkir.core.contract.SetAsideReport report) {
        return classify(() -> request("/api/v1/sync-log/set-aside")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(report))));
    }

    @Override
    public boolean relogin() {
        try {
            byte[] login = Json.mapper().writeValueAsBytes(Map.of("username", username, "password", password));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/login"))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(login))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            token = Json.lenientMapper().readTree(response.body()).get("token").asText();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private interface RequestBuilder {
        HttpRequest.Builder build() throws IOException;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token);
    }

    private SendResult classify(RequestBuilder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new SendResult.RetryLater("network: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.RetryLater("interrupted");
        }
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status == 201) {
            return new SendResult.Created();
        }
        if (status == 202) {
            return new SendResult.Accepted();
        }
        if (status == 200) {
            return new SendResult.AlreadyPresent();
        }
        String error = body.path("error").asText("");
        String message = body.path("message").asText(response.body());
        if (status == 401) {
            return new SendResult.Unauthorized(message);
        }
        if (status >= 400 && status < 500) {
            return new SendResult.Rejected(status, error, message);
        }
        return new SendResult.RetryLater("HTTP " + status + " " + error + ": " + message);
    }

    private static JsonNode parse(String body) {
        try {
            return Json.lenientMapper().readTree(body);
        } catch (IOException e) {
            return Json.lenientMapper().createObjectNode();
        }
    }
}
