package id.sistemparkir.server.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for end-to-end tests: raw requests, JSON parsing, and login. */
public final class TestApi {

    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Logs in and returns the bearer token; fails the test when the login is refused. */
    public String login(String username, String password) {
        HttpResponse<String> response =
                post("/api/v1/auth/login", null, json(Map.of("username", username, "password", password)));
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "login of " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        return parse(response).get("token").asText();
    }

    public String adminToken() {
        return login("admin", TestServer.ADMIN_PASSWORD);
    }

    public HttpResponse<String> get(String path, String token) {
        return send(builder(path, token).GET());
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    public HttpResponse<String> post(String path, String token, String jsonBody) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public HttpResponse<String> put(String path, String token, String jsonBody) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public HttpResponse<String> putBytes(String path, String token, String contentType, byte[] body) {
        return send(builder(path, token)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and keeps the body as bytes (photos). */
    public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public static JsonNode parse(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    public static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
