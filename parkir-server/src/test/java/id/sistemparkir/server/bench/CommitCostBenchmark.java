package id.sistemparkir.server.bench;

import id.sistemparkir.server.db.Database;
import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.testing.MariaDbTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * What durability and the plate lock cost (docs/decisions/0009), printed as a table; never part of the test run.
 *
 * <pre>
 * ./mvnw -B -q -pl parkir-server -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test -Dspotless.check.skip=true
 * java -cp parkir-server/target/test-classes:parkir-server/target/classes:$(cat parkir-server/target/cp.txt) \
 *     id.sistemparkir.server.bench.CommitCostBenchmark [COMMITS]
 * </pre>
 *
 * Part 1: single-row autocommit inserts into a session-shaped table, one connection, on H2 as it was (write delay
 * 500 ms), with {@code WRITE_DELAY=0}, with {@code WRITE_DELAY=0} and the DSYNC file (what the server runs), and on
 * MariaDB when it is reachable. Part 2: an entry-shaped transaction (request id, session row) with and without the
 * plate lock upsert, on the server's own H2 and MariaDB set-ups.
 */
public final class CommitCostBenchmark {

    private static final String TABLE = "CREATE TABLE bench_sessions (id CHAR(36) NOT NULL, plate VARCHAR(32) NOT NULL,"
            + " gate VARCHAR(32) NOT NULL, entry_time DATETIME(3) NOT NULL, note VARCHAR(200) NULL, PRIMARY KEY (id))";

    private CommitCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.printf(
                Locale.ROOT,
                "%d commits each, %d CPUs, load %.1f, %s%n%n",
                commits,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        System.out.println("Part 1: single-row autocommit INSERTs, one connection");
        System.out.printf(
                Locale.ROOT,
                "%-44s %10s %10s %10s %10s %10s%n",
                "database",
                "commits/s",
                "mean ms",
                "p50 ms",
                "p99 ms",
                "file KiB");
        Path dir = Files.createTempDirectory("parkir-bench-");
        h2Row("H2, WRITE_DELAY 500 (H2 default, before)", dir.resolve("a/db"), ";MODE=MySQL", commits);
        h2Row("H2, WRITE_DELAY=0", dir.resolve("b/db"), ";MODE=MySQL;WRITE_DELAY=0", commits);
        h2Row(
                "H2, WRITE_DELAY=0, RETENTION_TIME=0",
                dir.resolve("c/db"),
                ";MODE=MySQL;WRITE_DELAY=0;RETENTION_TIME=0",
                commits);
        Database durable = Database.open(DatabaseConfig.embeddedH2(dir.resolve("d")));
        try (Connection c = durable.jdbi().open().getConnection()) {
            System.out.println(row("H2, the server now (+ DSYNC)", c, commits) + kib(dir.resolve("d/db/parkir.mv.db")));
        }
        if (MariaDbTestDatabase.available()) {
            try (MariaDbTestDatabase schema = MariaDbTestDatabase.create();
                    Connection c = DriverManager.getConnection(schema.jdbcUrl(), schema.user(), schema.password())) {
                System.out.println(row(
                        "MariaDB " + version(c) + " (flush_log_at_trx_commit=" + flushSetting(c) + ")", c, commits));
            }
        }
        System.out.println();
        System.out.println("Part 2: entry-shaped transaction (request id + session), with and without the plate lock");
        System.out.printf(Locale.ROOT, "%-44s %12s %12s %10s%n", "database", "without ms", "with ms", "cost ms");
        lockRow("H2 (server set-up)", durable.jdbi(), commits);
        durable.close();
        if (MariaDbTestDatabase.available()) {
            try (var db = TestDatabases.mariaDb()) {
                lockRow("MariaDB (server set-up)", db.jdbi(), commits);
            }
        }
        deleteQuietly(dir);
    }

    private static void h2Row(String label, Path db, String settings, int commits) throws Exception {
        String line;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + settings, "sa", "")) {
            line = row(label, c, commits);
        }
        System.out.println(line + kib(Path.of(db + ".mv.db")));
    }

    private static String kib(Path file) throws IOException {
        return String.format(Locale.ROOT, " %10d", Files.size(file) / 1024);
    }

    /** The row's figures, without the line end (a file size may follow). */
    private static String row(String label, Connection c, int commits) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(TABLE);
        }
        c.setAutoCommit(true);
        long[] nanos = new long[commits];
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO bench_sessions (id, plate, gate, entry_time, note) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = -200; i < commits; i++) { // 200 to warm up
                long start = System.nanoTime();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "B" + (i + 1000) + "XYZ");
                insert.setString(3, "IN1");
                insert.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
                insert.setString(5, "benchmark row " + i);
                insert.executeUpdate();
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double meanMs = Arrays.stream(nanos).average().orElse(0) / 1e6;
        return String.format(
                Locale.ROOT,
                "%-44s %10.0f %10.3f %10.3f %10.3f",
                label,
                1000 / meanMs,
                meanMs,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    private static void lockRow(String label, Jdbi jdbi, int transactions) {
        // Without, with, with, without: each side gets one early and one late run (bigger tables, warmer JVM).
        double without = entryTransactions(jdbi, transactions, false);
        double with = entryTransactions(jdbi, transactions, true);
        with = (with + entryTransactions(jdbi, transactions, true)) / 2;
        without = (without + entryTransactions(jdbi, transactions, false)) / 2;
        System.out.printf(Locale.ROOT, "%-44s %12.3f %12.3f %10.3f%n", label, without, with, with - without);
    }

    /** Mean ms of a transaction inserting a request id and a session-shaped row, optionally taking the plate lock. */
    private static double entryTransactions(Jdbi jdbi, int transactions, boolean lock) {
        jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS " + TABLE.substring("CREATE TABLE ".length())));
        long total = 0;
        for (int i = -200; i < transactions; i++) {
            String plate = "plate:B" + (i % 500 + 1000) + "XY";
            long start = System.nanoTime();
            jdbi.useTransaction(h -> {
                String id = UUID.randomUUID().toString();
                h.createUpdate("INSERT INTO request_ids (id, kind, body_hash, received_at) VALUES (:id, 'entry',"
                                + " :hash, CURRENT_TIMESTAMP(3))")
                        .bind("id", id)
                        .bind("hash", "0".repeat(64))
                        .execute();
                if (lock) {
                    h.createUpdate("INSERT INTO lane_locks (lock_key, uses, locked_at) VALUES (:key, 1,"
                                    + " CURRENT_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE uses = uses + 1,"
                                    + " locked_at = CURRENT_TIMESTAMP(3)")
                            .bind("key", plate)
                            .execute();
                }
                h.createUpdate("INSERT INTO bench_sessions (id, plate, gate, entry_time) VALUES (:id, :plate, 'IN1',"
                                + " CURRENT_TIMESTAMP(3))")
                        .bind("id", id)
                        .bind("plate", plate)
                        .execute();
            });
            if (i >= 0) {
                total += System.nanoTime() - start;
            }
        }
        return total / 1e6 / transactions;
    }

    private static String version(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductVersion().replaceAll("-.*", "");
    }

    private static String flushSetting(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT @@innodb_flush_log_at_trx_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
