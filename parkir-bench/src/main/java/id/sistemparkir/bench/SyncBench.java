package id.sistemparkir.bench;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.sync.ApiSyncTransport;
import id.sistemparkir.client.sync.SyncEngine;
import id.sistemparkir.client.sync.SyncSummary;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.server.testsupport.TestStations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code parkir sync} throughput: a lane's outbox filled with N offline entries (signed by the lane's enrolled key, as
 * offline entries are), sent by the lane's own {@link SyncEngine} — the engine {@code parkir sync} runs — with up to
 * K requests in flight, next to raw single-row autocommit INSERTs through the same proxy in the same run (the mean of
 * a raw run just before and just after the sync).
 *
 * <p>{@code --records=10000 --in-flight=1,8 --raw=2000}: one fill and one sync per K.
 */
public final class SyncBench {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String STATION = "INSYNC";

    private SyncBench() {}

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int records = args.intValue("records", 10_000);
        int[] inFlight = args.ints("in-flight", 1, SyncEngine.DEFAULT_IN_FLIGHT);
        int raw = args.intValue("raw", 2_000);
        Path dataDir = Files.createTempDirectory("parkir-syncbench");
        try (BenchEnvironment env = BenchEnvironment.start()) {
            run(env, dataDir, records, inFlight, raw).print(System.out);
        }
    }

    static Table run(BenchEnvironment env, Path dataDir, int records, int[] inFlight, int raw) throws Exception {
        try (Connection c = env.rawConnection();
                Statement s = c.createStatement()) {
            s.execute(EntryBench.RAW_TABLE);
        }
        Clock clock = Clock.systemUTC();
        Table table = new Table(
                "records",
                "in flight",
                "raw INSERT/s",
                "sync records/s",
                "ratio",
                "statements/record",
                "progress lines",
                "created",
                "failed",
                "CPU ms/record",
                "of it server",
                "of it MariaDB");
        CpuMeter cpu = new CpuMeter();
        try (LaneClient lane = openLane(env.server(), dataDir, clock)) {
            if (!lane.connect(false).connected()) {
                throw new IllegalStateException("the bench lane could not log in");
            }
            TestStations.enrollEntry(
                    env.server(), STATION, lane.ticketKeys().signer().publicKey());
            for (int k : inFlight) {
                fill(lane, records, clock);
                double rawBefore = EntryBench.raw(env, 1, raw);
                SyncEngine engine =
                        new SyncEngine(lane.offline(), new ApiSyncTransport(lane.session()), dataDir, clock, k);
                AtomicInteger progressLines = new AtomicInteger();
                StatementCounter.Counts before = env.counts();
                CpuMeter.Sample cpuStart = cpu.sample();
                long start = System.nanoTime();
                SyncSummary summary = engine.syncAll(p -> progressLines.incrementAndGet());
                double seconds = (System.nanoTime() - start) / 1e9;
                CpuMeter.Sample used = cpu.sample().minus(cpuStart);
                long statements = env.counts().minus(before).statements();
                // The raw rate on both sides of the sync: on a shared machine one side alone is noise.
                double rawRate = (rawBefore + EntryBench.raw(env, 1, raw)) / 2;
                double rate = records / seconds;
                table.row(
                        records,
                        k,
                        rawRate,
                        rate,
                        rate / rawRate,
                        (double) statements / records,
                        progressLines.get(),
                        summary.created(),
                        summary.failed() + summary.needsAttention(),
                        (used.serverMillis() + used.restOfJvmMillis() + used.databaseMillis()) / records,
                        used.serverMillis() / records,
                        used.databaseMillis() / records);
            }
        }
        return table;
    }

    private static LaneClient openLane(TestServer server, Path dataDir, Clock clock) {
        LaneConfig config = new LaneConfig(
                server.baseUrl(),
                dataDir,
                STATION,
                STATION,
                "Bench Mall",
                WIB,
                "admin",
                TestServer.ADMIN_PASSWORD,
                "ParkingIN");
        return LaneClient.open(
                config,
                new LaneDevices(new SimulatedCamera(WIB), new SimulatedPrinter(WIB), new SimulatedBarrier(clock)),
                clock);
    }

    /** N offline entries as the lane stores them when the server is away: signed, one file each, oldest first. */
    private static void fill(LaneClient lane, int records, Clock clock) {
        Instant first = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(records + 60L);
        for (int i = 0; i < records; i++) {
            UUID id = UUID.randomUUID();
            Instant entryTime = first.plusSeconds(i);
            String ticketCode =
                    lane.ticketKeys().signer().sign(new TicketData(id, STATION, VehicleType.MOBIL, entryTime));
            String plate = Lanes.nextPlate().replace(" ", "");
            lane.offline()
                    .save(OfflineRecord.of(new EntryRequest(
                            id, ticketCode, plate, VehicleType.MOBIL, STATION, entryTime, true, false)));
        }
    }
}
