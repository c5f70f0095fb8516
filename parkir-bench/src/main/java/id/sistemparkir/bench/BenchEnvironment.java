package id.sistemparkir.bench;

import ch.qos.logback.classic.Level;
import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.MariaDbTestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/**
 * What every benchmark runs against: a throw-away MariaDB database on the test server (127.0.0.1:3306 unless {@code
 * PARKIR_TEST_MARIADB_*} say otherwise), the real server in this JVM reaching it through a {@link StatementCounter},
 * and plain JDBC connections to the same database for the raw baselines.
 */
final class BenchEnvironment implements AutoCloseable {

    private final MariaDbTestDatabase schema;
    private final StatementCounter counter;
    private final TestServer server;
    private final String adminToken;

    private BenchEnvironment(MariaDbTestDatabase schema, StatementCounter counter, TestServer server) {
        this.schema = schema;
        this.counter = counter;
        this.server = server;
        this.adminToken = server.api().adminToken();
    }

    static BenchEnvironment start() throws IOException {
        quietLogs();
        MariaDbTestDatabase schema = MariaDbTestDatabase.create();
        MariaDbTestDatabase.Server db = MariaDbTestDatabase.server();
        StatementCounter counter = new StatementCounter(db.host(), db.port());
        DatabaseConfig viaCounter = TestDatabases.mariaDbConfig(schema, "127.0.0.1", counter.port());
        TestServer server = TestServer.start(TestServer.config(viaCounter), Clock.systemUTC());
        return new BenchEnvironment(schema, counter, server);
    }

    TestServer server() {
        return server;
    }

    String adminToken() {
        return adminToken;
    }

    StatementCounter.Counts counts() {
        return counter.counts();
    }

    /** A plain JDBC connection to the benchmark's database, through the same counter as the server's (same path). */
    Connection rawConnection() throws SQLException {
        return DriverManager.getConnection(
                schema.jdbcUrl("127.0.0.1", counter.port()), schema.user(), schema.password());
    }

    /** The server's own logs would be the benchmark's noise: warnings only. */
    static void quietLogs() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("id.sistemparkir")).setLevel(Level.WARN);
    }

    @Override
    public void close() throws IOException {
        server.close();
        counter.close();
        schema.close();
    }
}
