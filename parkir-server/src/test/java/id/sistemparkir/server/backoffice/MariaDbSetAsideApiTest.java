package id.sistemparkir.server.backoffice;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.testing.MariaDbAvailability;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbAvailability.class)
class MariaDbSetAsideApiTest extends SetAsideApiContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.mariaDb();
    }
}
