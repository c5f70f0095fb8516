package id.sistemparkir.server.auth;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2AuthApiTest extends AuthApiContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
