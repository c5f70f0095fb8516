package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The embedded database really runs with the durable settings (not only the URL says so). */
class H2DurabilityTest {

    @Test
    void theEmbeddedDatabaseWritesEveryCommitAtOnceToAFileOpenedForSynchronousWrites() {
        try (TestDatabase db = TestDatabases.h2()) {
            assertThat(setting(db.jdbi(), "WRITE_DELAY")).isEqualTo("0");
            assertThat(setting(db.jdbi(), "RETENTION_TIME")).isEqualTo("0");
            assertThat(databasePath(db.jdbi())).startsWith(SyncedFilePath.SCHEME + ":");
        }
    }

    /**
     * Without H2's background writer (stopped by WRITE_DELAY=0) old chunks were never reused while H2 kept them for
     * its 45 s retention: the file grew by about 14 KiB per commit, whatever the data.
     */
    @Test
    void manyCommitsOfLittleDataKeepTheFileSmall() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE growth (id INT NOT NULL, n INT NOT NULL, PRIMARY KEY (id))");
                for (int i = 0; i < 100; i++) {
                    h.execute("INSERT INTO growth (id, n) VALUES (?, 0)", i);
                }
                for (int i = 0; i < 1_000; i++) {
                    h.execute("UPDATE growth SET n = n + 1 WHERE id = ?", i % 100);
                }
            });
            String path = databasePath(db.jdbi()).substring(SyncedFilePath.SCHEME.length() + 1);
            long bytes = Files.size(Path.of(path + ".mv.db"));

            assertThat(bytes).as("database file size after 1,100 commits").isLessThan(8L * 1024 * 1024);
        }
    }

    private static String setting(Jdbi jdbi, String name) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT setting_value FROM information_schema.settings WHERE setting_name = :name")
                        .bind("name", name)
                        .mapTo(String.class)
                        .one());
    }

    private static String databasePath(Jdbi jdbi) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT DATABASE_PATH()").mapTo(String.class).one());
    }
}
