package id.sistemparkir.server.backoffice;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2LiveApiTest extends LiveApiContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
