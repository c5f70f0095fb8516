package id.sistemparkir.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, migrated database for one test class (see {@link TestDatabases}); closing it closes the
 * {@link Database} and throws the data away.
 */
public final class TestDatabase implements AutoCloseable {
    private final String label;
    private final DatabaseConfig config;
    private final Database database;
    private final Disposal disposal;

    /** Throws the data away once the database is closed. */
    interface Disposal {
        void dispose() throws IOException;
    }

    TestDatabase(String label, DatabaseConfig config, Database database, Disposal disposal) {
        this.label = label;
        this.config = config;
        this.database = database;
        this.disposal = disposal;
    }

    /** "H2" or "MariaDB", for messages. */
    public String label() {
        return label;
    }

    /** The configuration, to open more {@link Database}s on the same data (restarts, second nodes). */
    public DatabaseConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            try {
                disposal.dispose();
            } catch (IOException e) {
                throw new UncheckedIOException("could not dispose of test database " + this, e);
            }
        }
    }

    @Override
    public String toString() {
        return label + " " + config.describe();
    }
}
