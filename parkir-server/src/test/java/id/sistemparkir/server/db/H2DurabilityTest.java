package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The embedded database really runs with the durable settings (not only the URL says so). */
class H2DurabilityTest {

    @Test
    void theEmbeddedDatabaseWritesEveryCommitAtOnceToAFileOpenedForSynchronousWrites() {
        try (TestDatabase db = TestDatabases.h2()) {
            String writeDelay = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")
                    .mapTo(String.class)
                    .one());
            String path = db.jdbi().withHandle(h -> h.createQuery("SELECT DATABASE_PATH()")
                    .mapTo(String.class)
                    .one());

            assertThat(writeDelay).isEqualTo("0");
            assertThat(path).startsWith(SyncedFilePath.SCHEME + ":");
        }
    }
}
