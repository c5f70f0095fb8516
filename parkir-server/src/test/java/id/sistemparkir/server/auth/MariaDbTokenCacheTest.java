package id.sistemparkir.server.auth;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.testing.MariaDbAvailability;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbAvailability.class)
class MariaDbTokenCacheTest extends TokenCacheContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.mariaDb();
    }
}
