package id.sistemparkir.server.config;

import id.sistemparkir.server.db.DatabaseConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one Server process needs, resolved once at start-up (CONVENTIONS §15). {@link #describe()} is what gets
 * logged: never a password.
 *
 * @param port TCP port for REST and WebSocket; 0 picks a free one (tests)
 * @param database where the data lives
 * @param dataDir holds the embedded database, {@code logs/} and the initial admin password file
 * @param initialAdminPassword from {@code PARKIR_ADMIN_PASSWORD}; empty means "generate one on first start"
 * @param tokenTtl how long a login stays valid (one shift and some)
 * @param statusInterval how often {@code status} frames are sent even without a change (DESIGN §5: at most 10 s)
 * @param housekeeping retention of the bookkeeping tables and the pending-exit alert limit
 */
public record ServerConfig(
        int port,
        DatabaseConfig database,
        Path dataDir,
        Optional<String> initialAdminPassword,
        Duration tokenTtl,
        Duration statusInterval,
        Housekeeping housekeeping) {

    public static final int DEFAULT_PORT = 8181;

    public ServerConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(initialAdminPassword, "initialAdminPassword");
        Objects.requireNonNull(housekeeping, "housekeeping");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("tokenTtl must be positive");
        }
        if (statusInterval.isNegative()
                || statusInterval.isZero()
                || statusInterval.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("statusInterval must be between 0 and 10 s");
        }
    }

    /** With the default {@link Housekeeping}. */
    public ServerConfig(
            int port,
            DatabaseConfig database,
            Path dataDir,
            Optional<String> initialAdminPassword,
            Duration tokenTtl,
            Duration statusInterval) {
        this(port, database, dataDir, initialAdminPassword, tokenTtl, statusInterval, Housekeeping.DEFAULTS);
    }

    public static ServerConfig of(int port, DatabaseConfig database, Path dataDir, Optional<String> adminPassword) {
        return new ServerConfig(
                port,
                database,
                dataDir,
                adminPassword,
                Duration.ofHours(12),
                Duration.ofSeconds(10),
                Housekeeping.DEFAULTS);
    }

    public ServerConfig withStatusInterval(Duration interval) {
        return new ServerConfig(port, database, dataDir, initialAdminPassword, tokenTtl, interval, housekeeping);
    }

    public ServerConfig withTokenTtl(Duration ttl) {
        return new ServerConfig(port, database, dataDir, initialAdminPassword, ttl, statusInterval, housekeeping);
    }

    public ServerConfig withHousekeeping(Housekeeping settings) {
        return new ServerConfig(port, database, dataDir, initialAdminPassword, tokenTtl, statusInterval, settings);
    }

    public String describe() {
        return "port=" + port + ", database=" + database.describe() + ", dataDir=" + dataDir.toAbsolutePath()
                + ", tokenTtl=" + tokenTtl + ", statusInterval=" + statusInterval + ", " + housekeeping.describe();
    }

    @Override
    public String toString() {
        return describe();
    }
}
