package id.sistemparkir.server.ticket;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;

class H2TicketKeysTest extends TicketKeysContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }
}
