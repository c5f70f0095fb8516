package id.sistemparkir.client.sync;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2HostileOfflineFilesTest extends HostileOfflineFilesContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
