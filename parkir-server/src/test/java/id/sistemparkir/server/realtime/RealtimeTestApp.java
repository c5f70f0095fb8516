package id.sistemparkir.server.realtime;

import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.db.Database;
import id.sistemparkir.server.health.HealthMonitor;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.ErrorMapping;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * The realtime hub and the health monitor on their own small Javalin app (port 0) over a test database, with a fake
 * authenticator and a minimal role filter standing in for the auth module.
 */
final class RealtimeTestApp implements AutoCloseable {

    /** The heartbeat view the hub keeps; the server serves it (merged with HTTP calls) from server.station. */
    static final String STATIONS_PATH = "/api/v1/stations";

    static final Duration STATUS_INTERVAL = Duration.ofSeconds(1);
    /** Small batches so that a replay spans several; a short hole patience; a feed window a replay from 0 exceeds. */
    static final RealtimeHub.Options OPTIONS =
            new RealtimeHub.Options(50, Duration.ofSeconds(1), Duration.ofMillis(1_500), 1_000, 4, 100);

    private final HealthMonitor health;
    private final EventLog eventLog;
    private final RealtimeHub hub;
    private final Jdbi jdbi;
    private final Javalin app;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RealtimeTestApp(Database database, RealtimeHub.Options options) {
        FakeAuthenticator authenticator = new FakeAuthenticator();
        this.jdbi = database.jdbi();
        this.health = new HealthMonitor(database, Clock.systemUTC());
        this.eventLog = new EventLog(jdbi);
        this.hub = new RealtimeHub(eventLog, authenticator, health, jdbi, Clock.systemUTC(), STATUS_INTERVAL, options);
        health.start();
        hub.start();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.port = 0;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            ErrorMapping.register(config.routes);
            config.routes.beforeMatched(ctx -> {
                if (ctx.routeRoles().isEmpty()) {
                    return;
                }
                AuthUser user = authenticator.authenticate(AuthContext.bearerToken(ctx));
                for (RouteRole role : ctx.routeRoles()) {
                    if (!user.role().includes((Role) role)) {
                        throw ApiException.forbidden("Needs " + role);
                    }
                }
                AuthContext.set(ctx, user);
            });
            health.addRoutes(config.routes);
            hub.addRoutes(config.routes);
            config.routes.get(STATIONS_PATH, ctx -> ctx.json(hub.stations()), Role.SUPERVISOR);
        });
        app.start();
    }

    static RealtimeTestApp start(Database database) {
        return new RealtimeTestApp(database, OPTIONS);
    }

    static RealtimeTestApp start(Database database, RealtimeHub.Options options) {
        return new RealtimeTestApp(database, options);
    }

    RealtimeHub hub() {
        return hub;
    }

    EventLog eventLog() {
        return eventLog;
    }

    URI wsUri() {
        return URI.create("ws://localhost:" + app.port() + RealtimeHub.PATH);
    }

    /** Appends one event in its own transaction, then tells the hub, as a service does. */
    long append(String type, String payloadJson) {
        long seq = jdbi.inTransaction(h -> eventLog.append(h, type, payloadJson, Instant.now()));
        hub.eventsCommitted();
        return seq;
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(2));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        hub.close();
        health.close();
    }
}
