package id.sistemparkir.server;

import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.auth.AuthModule;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.backoffice.BackOfficeModule;
import id.sistemparkir.server.config.OwnerOnly;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.Database;
import id.sistemparkir.server.db.DatabaseStartException;
import id.sistemparkir.server.health.HealthMonitor;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.ErrorMapping;
import id.sistemparkir.server.http.JettyErrors;
import id.sistemparkir.server.lane.LaneModule;
import id.sistemparkir.server.maintenance.Maintenance;
import id.sistemparkir.server.maintenance.Retention;
import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.realtime.RealtimeHub;
import id.sistemparkir.server.realtime.StationView;
import id.sistemparkir.server.shift.ShiftModule;
import id.sistemparkir.server.ticket.TicketKeys;
import id.sistemparkir.server.ticket.TicketKeysModule;
import id.sistemparkir.server.ticket.TicketStations;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Server process: wires the database, the features and the HTTP/WebSocket endpoint together (the one wiring class). */
public final class ParkirServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParkirServer.class);

    /** Photos may be up to 5 MiB (DESIGN §4); JSON bodies are held to 1 MiB by {@code JsonBody}. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    /** At start-up and then this often: exits left waiting for a stored entry are joined, overdue ones announced. */
    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    static final Duration RETENTION_FIRST_RUN = Duration.ofMinutes(2);
    static final Duration RETENTION_INTERVAL = Duration.ofHours(1);

    private final Javalin app;
    private final Deque<AutoCloseable> resources;
    private final RealtimeHub hub;
    private final String databaseDescription;

    private ParkirServer(Javalin app, Deque<AutoCloseable> resources, RealtimeHub hub, String databaseDescription) {
        this.app = app;
        this.resources = resources;
        this.hub = hub;
        this.databaseDescription = databaseDescription;
    }

    /** The stations (lanes, back office) as last heard over the realtime channel. */
    public List<StationView> stations() {
        return hub.stations();
    }

    /** Which database this server uses, without credentials. */
    public String databaseDescription() {
        return databaseDescription;
    }

    /**
     * Starts everything or nothing.
     *
     * @throws ServerStartException with a message for the operator when the database or the port is not usable
     */
    public static ParkirServer start(ServerConfig config, Clock clock) {
        // First, before a database, signing key or admin account is created for a server that would never run.
        requirePortFree(config.port());
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            // Owner-only before the database creates its files, and again after (H2 creates them 0644).
            OwnerOnly.restrict(config.dataDir());
            Database database = Database.open(config.database());
            resources.push(database);
            OwnerOnly.restrict(config.dataDir());
            TicketKeys ticketKeys = TicketKeys.loadOrCreate(database.jdbi(), clock);
            AuthModule auth = AuthModule.create(database.jdbi(), config, clock);
            HealthMonitor health = new HealthMonitor(database, clock);
            resources.push(health);
            health.start();
            EventLog eventLog = new EventLog(database.jdbi());
            RealtimeHub hub = new RealtimeHub(
                    eventLog, auth.authenticator(), health, database.jdbi(), clock, config.statusInterval());
            resources.push(hub);
            hub.start();
            LaneModule lanes = new LaneModule(database.jdbi(), eventLog, hub, ticketKeys, config.housekeeping(), clock);
            Maintenance maintenance = new Maintenance(health::databaseUp);
            resources.push(maintenance);
            maintenance.every("pending-exit sweep", Duration.ZERO, SWEEP_INTERVAL, lanes.sweep());
            maintenance.every(
                    "retention",
                    RETENTION_FIRST_RUN,
                    RETENTION_INTERVAL,
                    new Retention(lanes.retention(), eventLog, config.housekeeping(), clock));
            BackOfficeModule backOffice = new BackOfficeModule(
                    database,
                    eventLog,
                    hub,
                    health,
                    lanes.tariffs(),
                    config.dataDir(),
                    clock,
                    config.housekeeping().pendingExitAlertAfter());
            resources.push(backOffice);
            ShiftModule shifts = new ShiftModule(database.jdbi(), clock);
            TicketKeysModule ticketKeyRoutes = new TicketKeysModule(
                    ticketKeys,
                    new TicketStations(database.jdbi(), ticketKeys, new BackOfficeEvents(eventLog, hub), clock));

            Javalin app = Javalin.create(javalin -> {
                javalin.startup.showJavalinBanner = false;
                javalin.jetty.port = config.port();
                javalin.http.maxRequestSize = MAX_PHOTO_BYTES + 64 * 1024;
                javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
                // Jetty's own refusals (431, 414, bad URIs) in the API's error shape too.
                javalin.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
                javalin.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
                ErrorMapping.register(javalin.routes);
                health.addRoutes(javalin.routes);
                // With the database known to be down, answer at once instead of waiting on pool timeouts.
                javalin.routes.beforeMatched("/api/v1/*", ctx -> {
                    if (!health.databaseUp() && !ctx.path().equals("/api/v1/health")) {
                        throw ApiException.databaseUnavailable();
                    }
                });
                auth.addRoutes(javalin.routes);
                hub.addRoutes(javalin.routes);
                lanes.addRoutes(javalin.routes);
                backOffice.addRoutes(javalin.routes);
                shifts.addRoutes(javalin.routes);
                ticketKeyRoutes.addRoutes(javalin.routes);
            });
            resources.push(app::stop);
            app.start();
            backOffice.start();
            log.info(
                    "Server listening on http://0.0.0.0:{} (WebSocket ws://0.0.0.0:{}/ws), database {}",
                    app.port(),
                    app.port(),
                    database.describe());
            return new ParkirServer(app, resources, hub, database.describe());
        } catch (DatabaseStartException e) {
            closeAll(resources);
            throw new ServerStartException(e.getMessage(), e);
        } catch (JavalinBindException e) {
            closeAll(resources);
            throw portInUse(config.port(), e);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    /** A quick bind-and-release; the real bind below still reports a port taken in between. */
    private static void requirePortFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw portInUse(port, e);
        }
    }

    private static ServerStartException portInUse(int port, Exception cause) {
        return new ServerStartException(
                "port " + port + " is in use (is another server running?); stop it or choose --port.", cause);
    }

    public int port() {
        return app.port();
    }

    /**
     * Every HTTP route as {@code "METHOD /path"} as registered (path parameters as {@code {name}}), for the tests
     * that check each route's roles, so that no route escapes them.
     */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
                .toList();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                log.warn("Error while stopping: {}", e.toString());
            }
        }
    }
}
