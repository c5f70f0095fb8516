package id.sistemparkir.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throw-away database ({@code parkir_test_<random>}) on the test MariaDB server, dropped on {@link
 * #close()}.
 *
 * <p>The server is {@code PARKIR_TEST_MARIADB_HOST}:{@code PARKIR_TEST_MARIADB_PORT} (default
 * 127.0.0.1:3306) with {@code PARKIR_TEST_MARIADB_USER} / {@code PARKIR_TEST_MARIADB_PASSWORD} (default
 * root, empty password). Test classes call {@link MariaDbAvailability#assumeAvailable()} first, which
 * skips on a laptop without MariaDB and fails on CI.
 */
public final class MariaDbTestDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MariaDbTestDatabase.class);
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9_]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the test server is, read once from the environment. */
    public record Server(String host, int port, String user, String password) {
        static Server fromEnvironment(Map<String, String> env) {
            String host = env.getOrDefault("PARKIR_TEST_MARIADB_HOST", "127.0.0.1");
            int port = Integer.parseInt(env.getOrDefault("PARKIR_TEST_MARIADB_PORT", "3306"));
            String user = env.getOrDefault("PARKIR_TEST_MARIADB_USER", "root");
            String password = env.getOrDefault("PARKIR_TEST_MARIADB_PASSWORD", "");
            return new Server(host, port, user, password);
        }

        /** JDBC URL of {@code database} on this server reached at {@code viaHost:viaPort} (e.g. a proxy). */
        public String jdbcUrl(String viaHost, int viaPort, String database) {
            return "jdbc:mariadb://" + viaHost + ":" + viaPort + "/" + database;
        }

        String adminUrl() {
            return jdbcUrl(host, port, "") + "?connectTimeout=1000&socketTimeout=10000";
        }

        @Override
        public String toString() {
            return host + ":" + port + " as " + user; // never the password
        }
    }

    private static final Server SERVER = Server.fromEnvironment(System.getenv());
    private static volatile Optional<String> unavailableReason;

    private final String name;
    private boolean dropped;

    private MariaDbTestDatabase(String name) {
        this.name = name;
    }

    /** The configured test server. */
    public static Server server() {
        return SERVER;
    }

    /** True when the test server answers; checked once per JVM. */
    public static boolean available() {
        return unavailableReason().isEmpty();
    }

    /** Why the server is unavailable ("connection refused ..."), empty when it is available. */
    public static Optional<String> unavailableReason() {
        Optional<String> reason = unavailableReason;
        if (reason == null) {
            synchronized (MariaDbTestDatabase.class) {
                if (unavailableReason == null) {
                    unavailableReason = probe();
                }
                reason = unavailableReason;
            }
        }
        return reason;
    }

    private static Optional<String> probe() {
        try (Connection connection = adminConnection()) {
            return connection.isValid(2) ? Optional.empty() : Optional.of("connection not valid");
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Creates a new, empty database with a unique name. */
    public static MariaDbTestDatabase create() {
        String name = "parkir_test_" + HexFormat.of().formatHex(randomBytes(6));
        execute("CREATE DATABASE ", name);
        log.debug("Created test database {} on {}", name, SERVER);
        return new MariaDbTestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String user() {
        return SERVER.user();
    }

    public String password() {
        return SERVER.password();
    }

    /** JDBC URL of this database, reached directly. */
    public String jdbcUrl() {
        return SERVER.jdbcUrl(SERVER.host(), SERVER.port(), name);
    }

    /** JDBC URL of this database, reached through {@code host:port} (e.g. a {@link TcpProxy}). */
    public String jdbcUrl(String host, int port) {
        return SERVER.jdbcUrl(host, port, name);
    }

    @Override
    public synchronized void close() {
        if (!dropped) {
            execute("DROP DATABASE IF EXISTS ", name);
            dropped = true;
            log.debug("Dropped test database {}", name);
        }
    }

    /** Runs {@code ddl + database}; DDL takes no bind parameters, so the name is checked instead. */
    private static void execute(String ddl, String database) {
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("unsafe database name " + database);
        }
        try (Connection connection = adminConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(ddl + database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "MariaDB test server " + SERVER + ": " + ddl + database + " failed: " + e, e);
        }
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(SERVER.adminUrl(), SERVER.user(), SERVER.password());
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
