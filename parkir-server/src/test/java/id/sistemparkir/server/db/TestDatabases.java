package id.sistemparkir.server.db;

import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fresh, migrated databases for persistence tests, one per test class. A persistence test is written
 * once as an abstract class taking a {@link TestDatabase}, and run on both databases by two one-line
 * subclasses:
 *
 * <pre>{@code
 * class H2FooTest extends FooContract { TestDatabase createDatabase() { return TestDatabases.h2(); } }
 * @ExtendWith(MariaDbAvailability.class)
 * class MariaDbFooTest extends FooContract { TestDatabase createDatabase() { return TestDatabases.mariaDb(); } }
 * }</pre>
 */
public final class TestDatabases {
    private TestDatabases() {}

    /** The embedded configuration ({@link DatabaseConfig#embeddedH2}) in a temporary directory. */
    public static TestDatabase h2() {
        Path dataDir = createTempDirectory();
        DatabaseConfig config = DatabaseConfig.embeddedH2(dataDir);
        return open("H2", config, () -> deleteRecursively(dataDir));
    }

    /**
     * A new {@code parkir_test_<random>} database on the test MariaDB server, dropped on close. Skips the
     * test when MariaDB is unreachable on a laptop; fails it on CI (see {@link MariaDbAvailability}).
     */
    public static TestDatabase mariaDb() {
        MariaDbAvailability.assumeAvailable();
        MariaDbTestDatabase schema = MariaDbTestDatabase.create();
        return open("MariaDB", mariaDbConfig(schema), schema::close);
    }

    /** Configuration of a test MariaDB database, reached directly. */
    public static DatabaseConfig mariaDbConfig(MariaDbTestDatabase schema) {
        return new DatabaseConfig(schema.jdbcUrl(), schema.user(), schema.password());
    }

    /** Configuration of a test MariaDB database, reached through {@code host:port} (a TcpProxy). */
    public static DatabaseConfig mariaDbConfig(MariaDbTestDatabase schema, String host, int port) {
        return new DatabaseConfig(schema.jdbcUrl(host, port), schema.user(), schema.password());
    }

    private static TestDatabase open(String label, DatabaseConfig config, TestDatabase.Disposal disposal) {
        try {
            return new TestDatabase(label, config, Database.open(config), disposal);
        } catch (RuntimeException e) {
            try {
                disposal.dispose();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("parkir-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
