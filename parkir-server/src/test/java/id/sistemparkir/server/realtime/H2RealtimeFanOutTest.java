package id.sistemparkir.server.realtime;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2RealtimeFanOutTest extends RealtimeFanOutContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
