package id.sistemparkir.bench;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.server.testsupport.TestStations;
import id.sistemparkir.testing.MariaDbTestDatabase;
import id.sistemparkir.testing.TcpProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A lane entry and an exit quote (the lanes' own services, as {@code parkir entry} and ParkingOut run them) on a
 * healthy system and during each fault: the database cut or stalled behind the server, the server frozen (accepts
 * TCP, never answers: {@link TcpProxy#holdAnswers()}) or killed (connections reset). The server on a throw-away
 * MariaDB; both links through {@link TcpProxy}s.
 *
 * <p>{@code --ops=5}: operations per condition, alternating entry and quote. The first of each is what a {@code parkir
 * entry} command (a new process each time) pays on every call; later ones in the same process fail fast
 * ({@code AuthSession#FAIL_FAST}). The table shows the first, the median, and how many went offline.
 */
public final class LaneFaultBench {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private LaneFaultBench() {}

    private record Fault(String name, Consumer<Links> start) {}

    private record Links(TcpProxy database, TcpProxy server) {}

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int ops = args.intValue("ops", 5);
        BenchEnvironment.quietLogs();
        Path dir = Files.createTempDirectory("parkir-faultbench");
        Clock clock = Clock.systemUTC();
        MariaDbTestDatabase.Server db = MariaDbTestDatabase.server();
        try (MariaDbTestDatabase schema = MariaDbTestDatabase.create();
                TcpProxy databaseLink = TcpProxy.start(db.host(), db.port());
                TestServer server = TestServer.start(
                        TestServer.config(
                                TestDatabases.mariaDbConfig(schema, databaseLink.host(), databaseLink.port())),
                        clock);
                TcpProxy serverLink =
                        TcpProxy.start("127.0.0.1", server.server().port());
                LaneClient entry = lane(serverLink, dir, "INF", "ParkingIN", clock);
                LaneClient exit = lane(serverLink, dir, "OUTF", "ParkingOut", clock)) {
            entry.connect(false);
            TestStations.enrollEntry(server, "INF", entry.ticketKeys().signer().publicKey());
            exit.connect(false); // after the enrollment: its ring holds the entry station's key
            Links links = new Links(databaseLink, serverLink);
            String ticket = enter(entry).ticketCode();
            Fault[] faults = {
                new Fault("baseline", l -> {}),
                new Fault("database cut", l -> l.database().cut()),
                new Fault("database stall", l -> l.database().stall()),
                new Fault("server frozen", l -> l.server().holdAnswers()),
                new Fault("server killed", l -> l.server().cut()),
            };
            Table table = new Table(
                    "condition",
                    "first entry ms",
                    "entry p50 ms",
                    "entries offline",
                    "first quote ms",
                    "quote p50 ms",
                    "quotes offline",
                    "first entry over baseline ms");
            double baseline = Double.NaN;
            for (Fault fault : faults) {
                fault.start().accept(links);
                long[] entries = new long[ops];
                long[] quotes = new long[ops];
                int entriesOffline = 0;
                int quotesOffline = 0;
                for (int i = 0; i < ops; i++) {
                    long[] took = new long[1];
                    EntryOutcome outcome = timed(() -> enter(entry), took);
                    entries[i] = took[0];
                    entriesOffline += outcome.offline() ? 1 : 0;
                    boolean offline = timed(() -> exit.exitLane().quoteTicket(ticket, false), took)
                            .pricedOffline();
                    quotes[i] = took[0];
                    quotesOffline += offline ? 1 : 0;
                }
                databaseLink.restore();
                serverLink.restore();
                Latencies entryTimes = new Latencies(entries);
                Latencies quoteTimes = new Latencies(quotes);
                if (Double.isNaN(baseline)) {
                    baseline = entryTimes.percentileMillis(50);
                }
                table.row(
                        fault.name(),
                        entries[0] / 1e6,
                        entryTimes.percentileMillis(50),
                        entriesOffline + "/" + ops,
                        quotes[0] / 1e6,
                        quoteTimes.percentileMillis(50),
                        quotesOffline + "/" + ops,
                        entries[0] / 1e6 - baseline);
                recover(entry);
            }
            table.print(System.out);
        }
    }

    private static <T> T timed(Supplier<T> operation, long[] took) {
        long start = System.nanoTime();
        T result = operation.get();
        took[0] = System.nanoTime() - start;
        return result;
    }

    private static EntryOutcome enter(LaneClient lane) {
        return lane.entryLane().enter(Lanes.nextPlate(), VehicleType.MOBIL, false, Optional.empty());
    }

    /** After a fault: entries until one is online again (the server's health check may need a moment). */
    private static void recover(LaneClient lane) throws InterruptedException {
        for (int i = 0; i < 60 && enter(lane).offline(); i++) {
            Thread.sleep(500);
        }
    }

    private static LaneClient lane(TcpProxy serverLink, Path dir, String station, String app, Clock clock) {
        LaneConfig config = new LaneConfig(
                "http://127.0.0.1:" + serverLink.port(),
                dir.resolve(station),
                station,
                station,
                "Bench Mall",
                WIB,
                "admin",
                TestServer.ADMIN_PASSWORD,
                app);
        return LaneClient.open(
                config,
                new LaneDevices(new SimulatedCamera(WIB), new SimulatedPrinter(WIB), new SimulatedBarrier(clock)),
                clock);
    }
}
