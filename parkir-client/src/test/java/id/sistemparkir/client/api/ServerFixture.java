package id.sistemparkir.client.api;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real server on an embedded H2 database for the client's integration tests, restartable on the same port and
 * data (a server restart as a lane sees it).
 */
public final class ServerFixture implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = TestServer.ADMIN_PASSWORD;

    private static final AtomicInteger PLATE_NUMBERS = new AtomicInteger(1000);

    private final TestDatabase database;
    private TestServer server;
    private int port;

    private ServerFixture(TestDatabase database) {
        this.database = database;
    }

    /** A fresh database and a server on a free port. */
    public static ServerFixture start() {
        ServerFixture fixture = new ServerFixture(TestDatabases.h2());
        fixture.server = TestServer.start(fixture.database.config());
        fixture.port = fixture.server.server().port();
        return fixture;
    }

    public TestServer server() {
        return server;
    }

    /** The server's database, e.g. to change it behind the server's back. */
    public TestDatabase database() {
        return database;
    }

    public int port() {
        return port;
    }

    /** The endpoint with the production timeouts (connect 1 s, request 2 s). */
    public ServerEndpoint endpoint() {
        return ServerEndpoint.of("http://127.0.0.1:" + port);
    }

    /** A client logged in as the admin (who may do lane work too). */
    public ServerApi loggedInApi() {
        return loggedInApi("TEST-1");
    }

    /** Logged in as {@code station}: the only station its heartbeats may speak for. */
    public ServerApi loggedInApi(String station) {
        ServerApi api = new ServerApi(endpoint());
        if (!api.login(ADMIN, PASSWORD, station).isOk()) {
            throw new AssertionError("admin login failed");
        }
        return api;
    }

    public String adminToken() {
        return server.api().adminToken();
    }

    /** Stops the server; the database stays. */
    public void stop() {
        server.close();
    }

    /** Starts a new server on the same port and the same database. */
    public void restart() {
        ServerConfig fresh = TestServer.config(database.config());
        ServerConfig samePort = new ServerConfig(
                port,
                fresh.database(),
                fresh.dataDir(),
                fresh.initialAdminPassword(),
                fresh.tokenTtl(),
                fresh.statusInterval());
        server = TestServer.start(samePort, Clock.systemUTC());
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            database.close();
        }
    }

    /** A new entry with a fresh valid plate, entered a minute ago at gate IN1. */
    public static EntryRequest newEntry() {
        String plate = "B " + PLATE_NUMBERS.incrementAndGet() + " TST";
        return new EntryRequest(
                UUID.randomUUID(),
                null,
                plate,
                VehicleType.MOBIL,
                "IN1",
                Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS),
                false,
                false);
    }
}
