package id.sistemparkir.client.sync;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2PendingExitReplayTest extends PendingExitReplayContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
