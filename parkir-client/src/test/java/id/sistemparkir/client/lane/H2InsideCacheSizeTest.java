package id.sistemparkir.client.lane;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2InsideCacheSizeTest extends InsideCacheSizeContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
