package id.sistemparkir.server.lane;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2PaymentMethodTest extends PaymentMethodContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
