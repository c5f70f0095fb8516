package id.sistemparkir.app.cli;

import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.DatabaseConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** What the command line said; null = not given. */
    record Flags(Integer port, String dbUrl, String dbUser, String dbPassword, Path dataDir) {}

    private ServerSettings() {}

    static ServerConfig resolve(Flags flags, Map<String, String> env) {
        return resolve(flags, HousekeepingSettings.Flags.NONE, env);
    }

    static ServerConfig resolve(Flags flags, HousekeepingSettings.Flags housekeeping, Map<String, String> env) {
        Path dataDir = flags.dataDir() != null
                ? flags.dataDir()
                : Path.of(env.getOrDefault("PARKIR_DATA_DIR", "parkir-data/server"));
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
        return ServerConfig.of(port, database, dataDir, adminPassword)
                .withHousekeeping(HousekeepingSettings.resolve(housekeeping, env, file));
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
