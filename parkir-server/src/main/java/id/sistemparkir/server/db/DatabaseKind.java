package id.sistemparkir.server.db;

import java.util.Locale;

/**
 * The two database families the Server runs on. The schema and the queries are the same on both; this
 * only decides connection settings (driver properties, session settings) and the rare SQL that must
 * differ (none so far).
 */
public enum DatabaseKind {
    /** H2 2.x in MySQL mode: the embedded default. */
    H2,
    /** MariaDB 10.11+ or MySQL 8 through the MariaDB driver: production. */
    MARIADB;

    /**
     * Recognises {@code jdbc:h2:}, {@code jdbc:mariadb:} and {@code jdbc:mysql:} URLs.
     *
     * @throws IllegalArgumentException for anything else, naming what is supported
     */
    public static DatabaseKind fromJdbcUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.trim().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("unsupported database URL '" + DatabaseConfig.describe(jdbcUrl)
                + "': expected jdbc:h2:..., jdbc:mariadb://HOST:PORT/DB or jdbc:mysql://HOST:PORT/DB");
    }
}
