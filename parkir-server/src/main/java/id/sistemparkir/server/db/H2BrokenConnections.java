package id.sistemparkir.server.db;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * Tells HikariCP that a connection H2 reports dead is dead. H2 uses its own SQLSTATEs for these, not the standard
 * "08" class the pool evicts on, so without this a connection whose TCP link was cut went back to the pool and was
 * handed out again and again to a caller polling faster than the pool's validation bypass (500 ms): the health probe
 * reported the database down long after it was back.
 */
public final class H2BrokenConnections implements SQLExceptionOverride {

    private static final Set<Integer> DEAD =
            Set.of(ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN);

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return DEAD.contains(e.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
