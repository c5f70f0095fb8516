package id.sistemparkir.app.cli;

import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.DatabaseConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolves the server's configuration from, in rising precedence: {@code <data-dir>/server.properties}, environment
 * variables ({@code PARKIR_PORT}, {@code PARKIR_DB_URL}, ...), command-line flags (CONVENTIONS §15). The admin password
 * comes only from the environment: a flag would show in the process list.
 */
final class ServerSettings {

    static final String FILE_NAME = "server.properties";

    /** The default login lifetime: one shift and some. */
    static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(12);

    static final Duration MIN_TOKEN_TTL = Duration.ofMinutes(5);
    static final Duration MAX_TOKEN_TTL = Duration.ofDays(30);

    /** What the command line said; null = not given. */
    record Flags(Integer port, String dbUrl, String dbUser, String dbPassword, Path dataDir, String tokenTtl) {

        Flags(Integer port, String dbUrl, String dbUser, String dbPassword, Path dataDir) {
            this(port, dbUrl, dbUser, dbPassword, dataDir, null);
        }
    }

    private ServerSettings() {}

    static ServerConfig resolve(Flags flags, Map<String, String> env) {
        return resolve(flags, HousekeepingSettings.Flags.NONE, env);
    }

    static ServerConfig resolve(Flags flags, HousekeepingSettings.Flags housekeeping, Map<String, String> env) {
        Path dataDir = flags.dataDir() != null
                ? flags.dataDir()
                : Optional.ofNullable(env.get("PARKIR_DATA_DIR"))
                        .filter(dir -> !dir.isBlank())
                        .map(Path::of)
                        .orElseGet(() -> DataHome.resolve(
                                        env, System.getProperty("os.name", ""), System.getProperty("user.home"))
                                .server());
        Properties file = readFile(dataDir.resolve(FILE_NAME));

        String portText = pick(
                flags.port() == null ? null : flags.port().toString(),
                env.get("PARKIR_PORT"),
                file.getProperty("port"),
                String.valueOf(ServerConfig.DEFAULT_PORT));
        int port;
        try {
            port = Integer.parseInt(portText.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, was '" + portText + "'");
        }
        String dbUrl = pick(flags.dbUrl(), env.get("PARKIR_DB_URL"), file.getProperty("db.url"), null);
        DatabaseConfig database;
        if (dbUrl == null) {
            database = DatabaseConfig.embeddedH2(dataDir);
        } else {
            if (!dbUrl.startsWith("jdbc:mariadb:")
                    && !dbUrl.startsWith("jdbc:mysql:")
                    && !dbUrl.startsWith("jdbc:h2:")) {
                throw new IllegalArgumentException(
                        "--db-url must be a jdbc:mariadb:, jdbc:mysql: or jdbc:h2: URL, was '" + dbUrl + "'");
            }
            database = new DatabaseConfig(
                    dbUrl,
                    pick(flags.dbUser(), env.get("PARKIR_DB_USER"), file.getProperty("db.user"), ""),
                    pick(flags.dbPassword(), env.get("PARKIR_DB_PASSWORD"), file.getProperty("db.password"), ""));
        }
        Optional<String> adminPassword =
                Optional.ofNullable(env.get("PARKIR_ADMIN_PASSWORD")).filter(p -> !p.isBlank());
        Duration tokenTtl =
                tokenTtl(pick(flags.tokenTtl(), env.get("PARKIR_TOKEN_TTL"), file.getProperty("token.ttl"), null));
        return ServerConfig.of(port, database, dataDir, adminPassword)
                .withTokenTtl(tokenTtl)
                .withHousekeeping(HousekeepingSettings.resolve(housekeeping, env, file));
    }

    /**
     * How long a login stays valid: {@code 90m}, {@code 12h}, {@code 2d} or ISO-8601 ({@code PT12H}), from 5 minutes
     * to 30 days; the default is 12 h.
     */
    static Duration tokenTtl(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_TOKEN_TTL;
        }
        Duration ttl = DurationSetting.parse("token lifetime", text);
        if (ttl.compareTo(MIN_TOKEN_TTL) < 0 || ttl.compareTo(MAX_TOKEN_TTL) > 0) {
            throw new IllegalArgumentException("token lifetime must be between 5 minutes and 30 days, was " + ttl);
        }
        return ttl;
    }

    /** How long to wait for a silent database at start: the flag, {@code PARKIR_WAIT_FOR_DATABASE}, {@code db.wait}. */
    static Duration databaseWait(String flag, Map<String, String> env, Path dataDir) {
        Properties file = readFile(dataDir.resolve(FILE_NAME));
        return DatabaseWait.parse(pick(flag, env.get("PARKIR_WAIT_FOR_DATABASE"), file.getProperty("db.wait"), null));
    }

    private static String pick(String flag, String env, String file, String fallback) {
        if (flag != null) {
            return flag;
        }
        if (env != null && !env.isBlank()) {
            return env;
        }
        return file != null ? file : fallback;
    }

    private static Properties readFile(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return properties;
    }
}
