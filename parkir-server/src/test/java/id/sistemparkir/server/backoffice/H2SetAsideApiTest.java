package id.sistemparkir.server.backoffice;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2SetAsideApiTest extends SetAsideApiContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
