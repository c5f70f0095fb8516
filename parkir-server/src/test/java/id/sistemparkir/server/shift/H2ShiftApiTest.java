package id.sistemparkir.server.shift;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2ShiftApiTest extends ShiftApiContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
