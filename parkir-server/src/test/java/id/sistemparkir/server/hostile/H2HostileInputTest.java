package id.sistemparkir.server.hostile;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2HostileInputTest extends HostileInputContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
