package id.sistemparkir.server.db;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Server's database: a connection pool with short timeouts, the schema migrated at open, a {@link
 * Jdbi} for the services (fluent API; they own their transactions) and a health probe that never blocks
 * longer than asked.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DatabaseConfig config;
    private final DatabaseKind kind;
    private final HikariDataSource dataSource;
    private final HikariDataSource probeDataSource;
    private final HealthProbe healthProbe;
    private volatile boolean poolSuspect;
    private final Jdbi jdbi;
    private final String schemaVersion;

    private Database(DatabaseConfig config, DatabaseKind kind, HikariDataSource dataSource, String schemaVersion) {
        this.config = config;
        this.kind = kind;
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
        this.probeDataSource = ConnectionPool.openProbe(config);
        this.healthProbe = new HealthProbe(probeDataSource);
        this.jdbi = Jdbi.create(dataSource).installPlugin(new DbTypes());
    }

    /**
     * Connects, migrates the schema and returns the ready database.
     *
     * @throws DatabaseStartException within a few seconds when the database is unreachable, hangs, refuses
     *     the credentials or cannot be migrated; the message names the database (without credentials)
     */
    public static Database open(DatabaseConfig config) {
        long start = System.nanoTime();
        DatabaseKind kind = kindOf(config);
        requireH2MySqlMode(config, kind);
        HikariDataSource dataSource = connect(config);
        String version;
        try {
            version = Migrations.migrate(dataSource);
        } catch (RuntimeException e) { // FlywayException mostly; whatever it is, do not leak the pool
            dataSource.close();
            throw new DatabaseStartException("Cannot migrate database " + config.describe() + ": " + e.getMessage(), e);
        }
        log.info(
                "Database ready: {} ({}), schema version {}, in {} ms",
                config.describe(),
                kind,
                version,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        Database database = new Database(config, kind, dataSource, version);
        database.warnIfNotDurable();
        return database;
    }

    private static DatabaseKind kindOf(DatabaseConfig config) {
        try {
            return config.kind();
        } catch (IllegalArgumentException e) {
            throw new DatabaseStartException("Cannot open database: " + e.getMessage(), e);
        }
    }

    private static void requireH2MySqlMode(DatabaseConfig config, DatabaseKind kind) {
        if (kind == DatabaseKind.H2
                && !config.jdbcUrl().toUpperCase(Locale.ROOT).contains(";MODE=MYSQL")) {
            throw new DatabaseStartException(
                    "Cannot open database " + config.describe() + ": an H2 URL needs "
                            + DatabaseConfig.H2_SETTINGS.substring(1) + " (the schema is written for MySQL mode)",
                    null);
        }
    }

    private static HikariDataSource connect(DatabaseConfig config) {
        try {
            return ConnectionPool.open(config);
        } catch (RuntimeException e) {
            throw new DatabaseStartException(
                    "Cannot connect to database " + config.describe() + " as user '" + config.user() + "': "
                            + rootMessage(e),
                    e,
                    noAnswer(e));
        }
    }

    /**
     * The database gave no answer (refused or timed-out connection, unknown host, SQLSTATE class 08) rather than a
     * refusal it would repeat (wrong password: class 28; unknown database: class 42).
     */
    static boolean noAnswer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("28") || state.startsWith("42")) {
                    return false;
                }
                if (state.startsWith("08")) {
                    return true;
                }
            }
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.NoRouteToHostException
                    || t instanceof java.net.UnknownHostException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.net.UnknownHostException) { // its message is the bare host name
            return "unknown host '" + root.getMessage() + "' (check the host in the database URL)";
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** A confirmed record must survive a crash (DESIGN §2): say so loudly when this database is set up otherwise. */
    private void warnIfNotDurable() {
        List<String> warnings = new ArrayList<>();
        if (kind == DatabaseKind.H2) {
            H2Durability.warning(config.jdbcUrl()).ifPresent(warnings::add);
        } else {
            try {
                warnings.addAll(MariaDbDurability.warnings(MariaDbDurability.read(jdbi)));
            } catch (RuntimeException e) {
                log.warn("Could not read the database's durability settings: {}", e.toString());
            }
        }
        for (String warning : warnings) {
            log.warn("Durability: {} (docs/administrator_server_guide.md, \"Durability\")", warning);
        }
    }

    /** JDBI over the pool, with {@link DbTypes} installed. */
    public Jdbi jdbi() {
        return jdbi;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The URL without credentials. */
    public String describe() {
        return config.describe();
    }

    /** The Flyway schema version in place after start-up, e.g. "1". */
    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * True when a fresh {@code SELECT 1} succeeds within {@code timeout}. Never blocks much longer than the
     * timeout, even when the database hangs.
     */
    public boolean ping(Duration timeout) {
        if (dataSource.isClosed()) {
            return false;
        }
        boolean up = healthProbe.ping(timeout);
        if (!up) {
            poolSuspect = true;
        } else if (poolSuspect) {
            // The probe has its own pool; the main pool's connections may have died during the outage. Retire
            // them now, so that the first lane request after a recovery does not fail on a dead socket.
            poolSuspect = false;
            var pool = dataSource.getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
            log.info("Database answers again; renewing the pool's connections");
        }
        return up;
    }

    @Override
    public void close() {
        healthProbe.close();
        probeDataSource.close();
        dataSource.close();
        log.info("Database closed: {}", config.describe());
    }
}
