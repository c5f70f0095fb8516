package id.sistemparkir.server.db;

import java.sql.SQLException;
import java.util.Set;

/** Classifies database exceptions the same way on H2 and MariaDB/MySQL. */
public final class Sql {
    /** H2's SQLState for a unique or primary key violation. */
    private static final String H2_DUPLICATE_KEY = "23505";
    /** MariaDB/MySQL ER_DUP_ENTRY, ER_DUP_ENTRY_WITH_KEY_NAME, ER_DUP_KEY (SQLState 23000, shared with others). */
    private static final Set<Integer> MYSQL_DUPLICATE_KEY_CODES = Set.of(1062, 1586, 1022);

    private static final int MAX_DEPTH = 32;

    private Sql() {}

    /**
     * True when the exception (or one of its causes, or a chained SQLException) is a unique or primary
     * key violation. Other integrity violations (foreign key, not null, check) are NOT: on MariaDB they
     * share SQLState 23000 and only the vendor code tells them apart.
     */
    public static boolean isUniqueViolation(Throwable throwable) {
        Throwable current = throwable;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException first) {
        SQLException current = first;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            String state = current.getSQLState();
            if (H2_DUPLICATE_KEY.equals(state)) {
                return true;
            }
            if (state != null && state.startsWith("23") && MYSQL_DUPLICATE_KEY_CODES.contains(current.getErrorCode())) {
                return true;
            }
            current = current.getNextException();
        }
        return false;
    }

    /**
     * True when the failure means "the database is down or hangs" (the API answers 503 and lanes go offline), as
     * opposed to a bug or bad data (500/4xx): pool timeouts, broken or refused connections, socket timeouts, and
     * SQLState class 08 (connection exception) on either database.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof java.sql.SQLTransientConnectionException
                    || current instanceof java.sql.SQLRecoverableException
                    || current instanceof java.sql.SQLTimeoutException
                    || current instanceof java.sql.SQLNonTransientConnectionException
                    || current instanceof java.net.SocketTimeoutException
                    || current instanceof java.net.ConnectException) {
                return true;
            }
            if (current instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }
}
