package id.sistemparkir.server.testsupport;

import id.sistemparkir.server.ParkirServer;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.DatabaseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The real server on a free port, for end-to-end tests (CONVENTIONS §13: "start the real server on port 0"). */
public final class TestServer implements AutoCloseable {

    /** The initial admin's password in tests (PARKIR_ADMIN_PASSWORD in production). */
    public static final String ADMIN_PASSWORD = "Admin-Test-Password-1";

    private final ParkirServer server;
    private final TestApi api;

    private TestServer(ParkirServer server) {
        this.server = server;
        this.api = new TestApi(server.baseUrl());
    }

    public static TestServer start(DatabaseConfig database) {
        return start(database, Clock.systemUTC());
    }

    public static TestServer start(DatabaseConfig database, Clock clock) {
        return start(config(database), clock);
    }

    public static TestServer start(ServerConfig config, Clock clock) {
        return new TestServer(ParkirServer.start(config, clock));
    }

    /** A test configuration: port 0, a temporary data dir, the known admin password, status frames every 1 s. */
    public static ServerConfig config(DatabaseConfig database) {
        return ServerConfig.of(0, database, tempDir(), Optional.of(ADMIN_PASSWORD))
                .withStatusInterval(Duration.ofSeconds(1));
    }

    public ParkirServer server() {
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public String wsUrl() {
        return "ws://localhost:" + server.port() + "/ws";
    }

    public TestApi api() {
        return api;
    }

    @Override
    public void close() {
        server.close();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("parkir-server-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
