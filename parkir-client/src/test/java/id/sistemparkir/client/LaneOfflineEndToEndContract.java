package id.sistemparkir.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.device.printer.PngFilePrinter;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.ExitOutcome;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.client.sync.SyncSummary;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The headline promise, end to end: the database dies, then the server; the lanes keep serving cars; everything comes
 * back; the lanes sync (in either order); every record is in the database exactly once and the outboxes are empty.
 * Run on MariaDB and on H2 (its TCP server mode, so that a laptop runs it too); the database is never stopped: both
 * faults go through TCP proxies.
 */
abstract class LaneOfflineEndToEndContract {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** An operator must never wait long for a dead server or database (DESIGN §8: about 2 s). */
    private static final Duration OFFLINE_BUDGET = Duration.ofSeconds(5);

    /**
     * A database the server reaches over TCP.
     *
     * @param host where it listens
     * @param port its port
     * @param throughProxy the server's configuration when it goes through a proxy at the given host and port
     * @param jdbi a direct handle for the test's checks
     * @param disposal drops or stops the database
     */
    protected record Backend(
            String host,
            int port,
            BiFunction<String, Integer, DatabaseConfig> throughProxy,
            Jdbi jdbi,
            AutoCloseable disposal) {}

    @TempDir
    Path tmp;

    private Backend backend;
    private TcpProxy databaseLink;
    private TcpProxy serverLink;
    private TestServer server;
    private Jdbi jdbi;
    private final List<LaneClient> lanes = new ArrayList<>();

    /** @param dir a fresh folder the database may keep its files in */
    protected abstract Backend openBackend(Path dir) throws Exception;

    @BeforeEach
    void start() throws Exception {
        backend = openBackend(tmp.resolve("database"));
        databaseLink = TcpProxy.start(backend.host(), backend.port());
        server = TestServer.start(backend.throughProxy().apply(databaseLink.host(), databaseLink.port()));
        serverLink = TcpProxy.start("127.0.0.1", server.server().port());
        jdbi = backend.jdbi();
    }

    @AfterEach
    void stop() throws Exception {
        lanes.forEach(LaneClient::close);
        Stream.of(server).filter(s -> s != null).forEach(TestServer::close);
        Stream.of(serverLink, databaseLink).filter(p -> p != null).forEach(TcpProxy::close);
        if (backend != null) {
            backend.disposal().close();
        }
    }

    private LaneClient lane(String station) {
        Path dataDir = tmp.resolve(station);
        LaneClient lane = TestLanes.open(
                "http://127.0.0.1:" + serverLink.port(),
                dataDir,
                station,
                station.startsWith("IN") ? "ParkingIN" : "ParkingOut",
                Clock.systemUTC(),
                new PngFilePrinter(dataDir.resolve("tickets"), WIB));
        lanes.add(lane);
        return lane;
    }

    private EntryOutcome timedEntry(LaneClient lane, String plate) {
        long started = System.nanoTime();
        EntryOutcome outcome = lane.entryLane().enter(plate, VehicleType.MOBIL, false, Optional.empty());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(OFFLINE_BUDGET);
        return outcome;
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static long filesIn(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .count();
        }
    }

    @ParameterizedTest(name = "exit lane syncs first: {0}")
    @ValueSource(booleans = {true, false})
    void lanesKeepServingThroughADatabaseThenServerOutageAndEveryRecordArrivesExactlyOnce(boolean exitsFirst)
            throws Exception {
        LaneClient entryLane = lane("IN1");
        LaneClient exitLane = lane("OUT1");
        assertThat(entryLane.connect().connected()).isTrue();
        EntryOutcome carA = timedEntry(entryLane, "B 1001 AA");
        assertThat(carA.offline()).isFalse();
        assertThat(exitLane.connect().connected()).isTrue(); // the exit lane now knows car A (cache) and the ticket key

        databaseLink.cut();
        await().atMost(Duration.ofSeconds(3))
                .until(() -> server.api().get("/api/v1/health", null).statusCode() == 503);
        EntryOutcome carB = timedEntry(entryLane, "B 1002 BB");
        assertThat(carB.offline()).isTrue();

        serverLink.cut();
        EntryOutcome carC = timedEntry(entryLane, "B 1003 CC");
        assertThat(carC.offline()).isTrue();
        String forged = new TicketSigner(TicketSigner.newKey())
                .sign(new TicketData(
                        UUID.randomUUID(),
                        "IN1",
                        VehicleType.MOBIL,
                        Instant.now().minusSeconds(60)));
        assertThatThrownBy(() -> exitLane.exitLane().quoteTicket(forged, false))
                .isInstanceOfSatisfying(LaneRejection.class, refused -> assertThat(
                                refused.text().key())
                        .isEqualTo("lane.rejection.forged_ticket")); // refused offline too: the lane verifies it
        ExitQuote quoteA = exitLane.exitLane().quoteTicket(carA.ticketCode(), false);
        assertThat(quoteA.source()).isEqualTo("cache");
        ExitOutcome exitA = exitLane.exitLane().exit(quoteA, quoteA.fee(), "CASH");
        ExitQuote quoteB = exitLane.exitLane().quoteTicket(carB.ticketCode(), false);
        assertThat(quoteB.source()).isEqualTo("ticket");
        ExitOutcome exitB = exitLane.exitLane().exit(quoteB, quoteB.fee(), "CASH");
        assertThat(exitA.offline()).isTrue();
        assertThat(exitB.offline()).isTrue();
        assertThat(entryLane.offline().pendingCount()).isEqualTo(2);
        assertThat(exitLane.offline().pendingCount()).isEqualTo(2);

        databaseLink.restore();
        serverLink.restore();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> server.api().get("/api/v1/health", null).statusCode() == 200);

        // Exits first: car B's exit arrives before car B's entry and waits for it on the server (202, then joined).
        SyncSummary exits;
        SyncSummary entries;
        if (exitsFirst) {
            exits = exitLane.syncEngine().syncAll(p -> {});
            entries = entryLane.syncEngine().syncAll(p -> {});
        } else {
            entries = entryLane.syncEngine().syncAll(p -> {});
            exits = exitLane.syncEngine().syncAll(p -> {});
        }

        assertThat(exits.nothingFailed()).isTrue();
        assertThat(entries.nothingFailed()).isTrue();
        assertThat(exits.created() + entries.created()).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE status = 'EXITED'"))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE status = 'ACTIVE' AND plate = 'B1003CC'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM request_ids")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM pending_exits")).isZero();
        assertThat(filesIn(tmp.resolve("IN1").resolve("offline_data"))).isZero();
        assertThat(filesIn(tmp.resolve("OUT1").resolve("offline_data"))).isZero();

        // A second sync has nothing to do.
        assertThat(entryLane.syncEngine().syncAll(p -> {}).total()).isZero();
    }

    @Test
    void aSyncKilledHalfWayCompletesOnRerunWithoutDuplicates() throws Exception {
        LaneClient entryLane = lane("IN2");
        assertThat(entryLane.connect().connected()).isTrue();
        serverLink.cut();
        for (int i = 1; i <= 5; i++) {
            assertThat(timedEntry(entryLane, "D " + (2000 + i) + " KL").offline())
                    .isTrue();
        }
        serverLink.restore();

        List<Integer> seen = new ArrayList<>();
        SyncSummary interrupted = entryLane.syncEngine().syncAll(progress -> {
            seen.add(progress.index());
            if (progress.index() == 2) {
                serverLink.cut(); // the server goes away in the middle of the run
            }
        });
        assertThat(interrupted.nothingFailed()).isFalse();
        assertThat(entryLane.offline().pendingCount()).isEqualTo(3);

        serverLink.restore();
        SyncSummary rerun = entryLane.syncEngine().syncAll(p -> {});

        assertThat(rerun.nothingFailed()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE plate LIKE 'D2%'"))
                .isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM request_ids")).isEqualTo(5);
        assertThat(entryLane.offline().pendingCount()).isZero();
    }
}
