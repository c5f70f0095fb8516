package id.sistemparkir.server.realtime;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2RealtimeResyncTest extends RealtimeResyncContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
