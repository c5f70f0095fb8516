package id.sistemparkir.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.ErrorMapping;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The access rule on a bare Javalin with a fake authenticator: tokens "operator", "supervisor", "admin" are valid,
 * "expired" is expired, anything else is unknown. Endpoint handlers answer with the caller AuthContext holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessFilterTest {

    private static final Map<String, Role> TOKENS =
            Map.of("operator", Role.OPERATOR, "supervisor", Role.SUPERVISOR, "admin", Role.ADMIN);

    private enum ForeignRole implements RouteRole {
        SOMEONE
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Javalin app;

    @BeforeAll
    void start() {
        Authenticator authenticator = token -> {
            if (token.equals("expired")) {
                throw ApiException.unauthorized("token_expired", "expired");
            }
            Role role = TOKENS.get(token);
            if (role == null) {
                throw ApiException.unauthorized("unauthorized", "unknown");
            }
            return new AuthUser("id-" + token, token, role, Optional.empty());
        };
        app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.port = 0;
                    config.jsonMapper(new JavalinJackson(Json.mapper(), false));
                    ErrorMapping.register(config.routes);
                    config.routes.beforeMatched("/api/*", new AccessFilter(authenticator));
                    config.routes.get("/api/v1/health", ctx -> ctx.result("public"));
                    config.routes.post("/api/v1/auth/login", ctx -> ctx.result("public"));
                    config.routes.get("/api/v1/auth/login", this::whoAmI); // same path, other method: not public
                    config.routes.get("/api/v1/anyone", this::whoAmI);
                    config.routes.get("/api/v1/reports", this::whoAmI, Role.SUPERVISOR);
                    config.routes.put("/api/v1/tariffs", this::whoAmI, Role.ADMIN);
                    config.routes.get("/api/v1/mixed", this::whoAmI, Role.ADMIN, Role.SUPERVISOR);
                    config.routes.get("/api/v1/items/{id}", this::whoAmI);
                    config.routes.get("/api/v1/misconfigured", this::whoAmI, ForeignRole.SOMEONE);
                })
                .start();
    }

    private void whoAmI(io.javalin.http.Context ctx) {
        ctx.result(AuthContext.user(ctx).username());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void onlyTheAllowlistedMethodAndPathArePublic() {
        assertThat(send("GET", "/api/v1/health", null)).isEqualTo("200 public");
        assertThat(send("POST", "/api/v1/auth/login", null)).isEqualTo("200 public");
        assertThat(send("GET", "/api/v1/auth/login", null)).startsWith("401 ");
        assertThat(send("GET", "/api/v1/health/", null))
                .as("a trailing slash is the same route, still public")
                .isEqualTo("200 public");
    }

    @Test
    void everyOtherRouteNeedsAValidToken() {
        assertThat(send("GET", "/api/v1/anyone", null)).contains("401 ").contains("\"error\":\"unauthorized\"");
        assertThat(send("GET", "/api/v1/anyone", "garbage")).contains("401 ").contains("\"unauthorized\"");
        assertThat(send("GET", "/api/v1/anyone", "expired")).contains("401 ").contains("\"token_expired\"");
        assertThat(send("GET", "/api/v1/items/42", null)).startsWith("401 ");
        assertThat(send("GET", "/api/v1/anyone", "operator")).isEqualTo("200 operator");
        assertThat(send("GET", "/api/v1/items/42", "operator")).isEqualTo("200 operator");
    }

    @Test
    void aRouteWithRolesNeedsAtLeastTheLeastRoleListed() {
        assertThat(send("GET", "/api/v1/reports", "operator")).contains("403 ").contains("\"forbidden\"");
        assertThat(send("GET", "/api/v1/reports", "supervisor")).isEqualTo("200 supervisor");
        assertThat(send("GET", "/api/v1/reports", "admin")).isEqualTo("200 admin");

        assertThat(send("PUT", "/api/v1/tariffs", "operator")).startsWith("403 ");
        assertThat(send("PUT", "/api/v1/tariffs", "supervisor")).startsWith("403 ");
        assertThat(send("PUT", "/api/v1/tariffs", "admin")).isEqualTo("200 admin");

        assertThat(send("GET", "/api/v1/mixed", "operator")).startsWith("403 ");
        assertThat(send("GET", "/api/v1/mixed", "supervisor")).isEqualTo("200 supervisor");
    }

    @Test
    void aRoleThatIsNotOursIsAProgrammingErrorAndNobodyGetsThrough() {
        assertThat(send("GET", "/api/v1/misconfigured", "admin")).startsWith("500 ");
    }

    @Test
    void unknownRoutesAreNotFoundWithoutRevealingAnything() {
        assertThat(send("GET", "/api/v1/nothing-here", null)).startsWith("404 ");
    }

    private String send(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
