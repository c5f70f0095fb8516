package id.sistemparkir.server.auth;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2TokenCacheTest extends TokenCacheContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
