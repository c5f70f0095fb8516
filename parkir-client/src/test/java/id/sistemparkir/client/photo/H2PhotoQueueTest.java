package id.sistemparkir.client.photo;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2PhotoQueueTest extends PhotoQueueContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
