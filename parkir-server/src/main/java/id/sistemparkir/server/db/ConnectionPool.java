package id.sistemparkir.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Locale;

/**
 * Builds the HikariCP pool with short timeouts: a dead or hung database makes a caller fail in seconds,
 * never hang for the drivers' 30 s (or infinite) defaults, and a wrong URL or password fails at start.
 */
final class ConnectionPool {
    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1_500);
    static final Duration VALIDATION_TIMEOUT = Duration.ofMillis(1_000);
    /** MariaDB driver: TCP connect and handshake. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1_500);
    /** MariaDB driver: longest wait for any answer; a stalled server breaks the connection after this. */
    static final Duration SOCKET_TIMEOUT = Duration.ofMillis(5_000);
    /** Row lock waits end with a clean error before the socket timeout would break the connection. */
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(3);

    private static final int MAX_POOL_SIZE = 10;
    private static final int MIN_IDLE = 2;

    private ConnectionPool() {}

    /**
     * Opens the pool and one connection to prove the database is there.
     *
     * @throws com.zaxxer.hikari.pool.HikariPool.PoolInitializationException when it is not
     */
    static HikariDataSource open(DatabaseConfig config) {
        return new HikariDataSource(hikariConfig(config));
    }

    /**
     * A one-connection pool for the health probe alone: with the main pool exhausted by a burst of lane traffic the
     * probe would time out, report DOWN, and the server would turn every lane away with 503.
     */
    static HikariDataSource openProbe(DatabaseConfig config) {
        HikariConfig hikari = hikariConfig(config);
        hikari.setPoolName("parkir-db-probe");
        hikari.setMaximumPoolSize(1);
        hikari.setMinimumIdle(1);
        hikari.setInitializationFailTimeout(-1); // the main pool already proved the database at start
        return new HikariDataSource(hikari);
    }

    static HikariConfig hikariConfig(DatabaseConfig config) {
        DatabaseKind kind = config.kind();
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("parkir-db");
        hikari.setJdbcUrl(driverUrl(config.jdbcUrl(), kind));
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(MAX_POOL_SIZE);
        hikari.setMinimumIdle(MIN_IDLE);
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        hikari.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        hikari.setInitializationFailTimeout(1); // one attempt at start, bounded by the connect timeout
        // The same isolation on both databases (H2's default; MariaDB's default is REPEATABLE READ).
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        switch (kind) {
            case H2 -> {
                hikari.setConnectionInitSql("SET LOCK_TIMEOUT " + LOCK_TIMEOUT.toMillis());
                hikari.setExceptionOverride(new H2BrokenConnections());
            }
            case MARIADB -> {
                hikari.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
                hikari.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT.toMillis()));
                // UTC session (no DATETIME conversion happens anyway), strict mode whatever the server's
                // default, and lock waits shorter than the socket timeout.
                hikari.setConnectionInitSql("SET SESSION time_zone = '+00:00',"
                        + " sql_mode = 'STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION',"
                        + " innodb_lock_wait_timeout = " + LOCK_TIMEOUT.toSeconds());
            }
        }
        return hikari;
    }

    /**
     * The URL the driver gets. The MariaDB driver takes {@code jdbc:mysql:} URLs only with an opt-in, so we speak its
     * own scheme; an embedded H2 file database is made durable ({@link H2Durability}).
     */
    static String driverUrl(String jdbcUrl, DatabaseKind kind) {
        String url = jdbcUrl.trim();
        if (kind == DatabaseKind.MARIADB && url.toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:")) {
            return "jdbc:mariadb:" + url.substring("jdbc:mysql:".length());
        }
        if (kind == DatabaseKind.H2) {
            return H2Durability.driverUrl(url);
        }
        return url;
    }
}
