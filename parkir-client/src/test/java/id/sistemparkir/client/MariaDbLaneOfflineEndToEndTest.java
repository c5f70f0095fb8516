package id.sistemparkir.client;

import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbAvailability.class)
class MariaDbLaneOfflineEndToEndTest extends LaneOfflineEndToEndContract {

    @Override
    protected Backend openBackend(Path dir) {
        MariaDbTestDatabase schema = MariaDbTestDatabase.create();
        MariaDbTestDatabase.Server mariaDb = MariaDbTestDatabase.server();
        return new Backend(
                mariaDb.host(),
                mariaDb.port(),
                (host, port) -> TestDatabases.mariaDbConfig(schema, host, port),
                Jdbi.create(schema.jdbcUrl(), schema.user(), schema.password()),
                schema::close);
    }
}
