package id.sistemparkir.server.lane;

import id.sistemparkir.server.db.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The lane services on one database per class, for contracts that call them directly (H2 and MariaDB subclasses). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LaneServicesContract {

    protected TestDatabase database;
    protected LaneFixture lanes;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void open() {
        database = createDatabase();
        lanes = new LaneFixture(database.jdbi(), Clock.systemUTC());
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    static Instant minutesAgo(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
    }
}
