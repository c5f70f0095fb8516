package id.sistemparkir.bench;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Entry throughput and latency for C concurrent lanes against the real server, next to raw single-row autocommit
 * INSERTs into a session-shaped table of the same database in the same run, with the ratio and the statements the
 * server sent per stored entry.
 *
 * <p>{@code --lanes=1,4,16 --entries=400 --warmup=100} (entries per C, split over the lanes).
 */
public final class EntryBench {

    static final String RAW_TABLE = "CREATE TABLE bench_raw_sessions (id CHAR(36) NOT NULL PRIMARY KEY,"
            + " ticket_code VARCHAR(255) NOT NULL, plate VARCHAR(32) NOT NULL, vehicle_type VARCHAR(16) NOT NULL,"
            + " status VARCHAR(8) NOT NULL, entry_gate VARCHAR(32) NOT NULL, entry_time DATETIME(3) NOT NULL,"
            + " entry_received_at DATETIME(3) NOT NULL, entry_offline BOOLEAN NOT NULL, INDEX (plate, status))";
    private static final String RAW_INSERT = "INSERT INTO bench_raw_sessions (id, ticket_code, plate, vehicle_type,"
            + " status, entry_gate, entry_time, entry_received_at, entry_offline) VALUES (?,?,?,?,?,?,?,?,?)";

    private EntryBench() {}

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int[] laneCounts = args.ints("lanes", 1, 4, 16);
        int entries = args.intValue("entries", 400);
        int warmup = args.intValue("warmup", 100);
        try (BenchEnvironment env = BenchEnvironment.start()) {
            run(env, laneCounts, entries, warmup).print(System.out);
        }
    }

    static Table run(BenchEnvironment env, int[] laneCounts, int entries, int warmup) throws Exception {
        try (Connection c = env.rawConnection();
                Statement s = c.createStatement()) {
            s.execute(RAW_TABLE);
        }
        Lanes lanes = new Lanes(env.server().baseUrl(), env.adminToken());
        online(env, lanes, 1, warmup);
        raw(env, 1, warmup);

        CpuMeter cpu = new CpuMeter();
        Table table = new Table(
                "C lanes",
                "raw INSERT/s",
                "entries/s",
                "ratio",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "statements/entry",
                "CPU ms/raw INSERT",
                "CPU ms/entry",
                "of it server",
                "of it MariaDB");
        for (int c : laneCounts) {
            CpuMeter.Sample rawStart = cpu.sample();
            double rawRate = raw(env, c, entries);
            CpuMeter.Sample rawCpu = cpu.sample().minus(rawStart);
            StatementCounter.Counts before = env.counts();
            CpuMeter.Sample entryStart = cpu.sample();
            Run run = online(env, lanes, c, entries);
            CpuMeter.Sample entryCpu = cpu.sample().minus(entryStart);
            long statements = env.counts().minus(before).statements();
            double stored = run.latencies().count();
            table.row(
                    c,
                    rawRate,
                    run.rate(),
                    run.rate() / rawRate,
                    run.latencies().percentileMillis(50),
                    run.latencies().percentileMillis(95),
                    run.latencies().percentileMillis(99),
                    statements / stored,
                    total(rawCpu) / (Math.max(1, entries / c) * c),
                    total(entryCpu) / stored,
                    entryCpu.serverMillis() / stored,
                    entryCpu.databaseMillis() / stored);
        }
        return table;
    }

    /** All CPU of this JVM and of MariaDB: the lanes and the counting proxy count on both sides. */
    private static double total(CpuMeter.Sample cpu) {
        return cpu.serverMillis() + cpu.restOfJvmMillis() + cpu.databaseMillis();
    }

    private record Run(double rate, Latencies latencies) {}

    private static Run online(BenchEnvironment env, Lanes lanes, int laneCount, int total) throws Exception {
        int each = Math.max(1, total / laneCount);
        ExecutorService pool = Executors.newFixedThreadPool(laneCount);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int lane = 0; lane < laneCount; lane++) {
                results.add(pool.submit(() -> {
                    HttpClient http = Lanes.laneClient();
                    long[] nanos = new long[each];
                    for (int i = 0; i < each; i++) {
                        long t = System.nanoTime();
                        lanes.postEntry(http);
                        nanos[i] = System.nanoTime() - t;
                    }
                    return nanos;
                }));
            }
            long[] all = new long[each * laneCount];
            for (int lane = 0; lane < laneCount; lane++) {
                System.arraycopy(results.get(lane).get(), 0, all, lane * each, each);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(all.length / seconds, new Latencies(all));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rows per second of single-row autocommit INSERTs, one connection per lane. */
    static double raw(BenchEnvironment env, int laneCount, int total) throws Exception {
        int each = Math.max(1, total / laneCount);
        ExecutorService pool = Executors.newFixedThreadPool(laneCount);
        try {
            List<Future<?>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int lane = 0; lane < laneCount; lane++) {
                results.add(pool.submit(() -> {
                    insertRaw(env, each);
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
            return each * laneCount / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void insertRaw(BenchEnvironment env, int count) throws SQLException {
        try (Connection c = env.rawConnection();
                PreparedStatement insert = c.prepareStatement(RAW_INSERT)) {
            c.setAutoCommit(true);
            for (int i = 0; i < count; i++) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "RAW-" + UUID.randomUUID());
                insert.setString(3, Lanes.nextPlate().replace(" ", ""));
                insert.setString(4, "MOBIL");
                insert.setString(5, "ACTIVE");
                insert.setString(6, "IN1");
                insert.setTimestamp(7, now);
                insert.setTimestamp(8, now);
                insert.setBoolean(9, false);
                insert.executeUpdate();
            }
        }
    }
}
