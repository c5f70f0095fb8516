package id.sistemparkir.server.db;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in. The password is never logged: {@link #toString()} and
 * {@link #describe()} leave it (and any credential in the URL) out.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {
    /** H2 settings the schema needs: MySQL mode (MEDIUMBLOB, ENGINE=..., DATETIME(3)) and lower-case names. */
    static final String H2_SETTINGS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    private static final Pattern URL_USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&;])(user|username|password|pwd|passwd|[a-z]*password)=[^&;]*");

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("jdbcUrl is empty");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded default: an H2 file database at {@code <dataDir>/db/parkir} (file {@code parkir.mv.db}). */
    public static DatabaseConfig embeddedH2(Path dataDir) {
        Path base = dataDir.toAbsolutePath().normalize().resolve("db").resolve("parkir");
        String path = base.toString().replace('\\', '/');
        if (path.contains(";")) {
            throw new IllegalArgumentException("the data directory must not contain ';': " + dataDir);
        }
        return new DatabaseConfig("jdbc:h2:file:" + path + H2_SETTINGS, "sa", "");
    }

    /** The database family, from the URL. */
    public DatabaseKind kind() {
        return DatabaseKind.fromJdbcUrl(jdbcUrl);
    }

    /** The URL without credentials, for logs and error messages. */
    public String describe() {
        return describe(jdbcUrl);
    }

    static String describe(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "null";
        }
        String withoutUserInfo = URL_USER_INFO.matcher(jdbcUrl).replaceAll("//");
        String withoutSecrets = SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1");
        return withoutSecrets
                .replaceAll("\\?&+", "?")
                .replaceAll("&{2,}", "&")
                .replaceAll(";{2,}", ";")
                .replaceAll("[?&;]+$", "");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + ", user=" + user + "]";
    }
}
