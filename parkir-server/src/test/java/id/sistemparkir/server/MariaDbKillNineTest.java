package id.sistemparkir.server;

import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbAvailability.class)
class MariaDbKillNineTest extends KillNineContract {

    private MariaDbTestDatabase schema;

    @BeforeEach
    void createSchema() {
        schema = MariaDbTestDatabase.create();
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    @Override
    protected DatabaseConfig database() {
        return TestDatabases.mariaDbConfig(schema);
    }
}
