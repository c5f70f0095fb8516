package id.sistemparkir.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.device.printer.PngFilePrinter;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.ExitOutcome;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.client.sync.ApiSyncTransport;
import id.sistemparkir.client.sync.SendResult;
import id.sistemparkir.client.sync.SyncEngine;
import id.sistemparkir.client.sync.SyncSummary;
import id.sistemparkir.client.sync.SyncTransport;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.contract.SetAsideReport;
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
import java.util.concurrent.atomic.AtomicInteger;
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

    @ParameterizedTest(name = "exit lanes sync first: {0}")
    @ValueSource(booleans = {true, false})
    void lanesKeepServingThroughADatabaseThenServerOutageAndEveryRecordArrivesExactlyOnce(boolean exitsFirst)
            throws Exception {
        // Two entry and two exit stations, each with the key it made itself; the entry stations are enrolled.
        LaneClient in1 = lane("IN1");
        LaneClient in2 = lane("IN2");
        LaneClient out1 = lane("OUT1");
        LaneClient out2 = lane("OUT2");
        TestLanes.enroll(server, in1);
        TestLanes.enroll(server, in2);
        assertThat(Stream.of(in1, in2, out1, out2)
                        .map(l -> l.ticketKeys().signer().keyId())
                        .distinct())
                .hasSize(4);
        assertThat(in1.connect().connected()).isTrue();
        assertThat(in2.connect().connected()).isTrue();
        EntryOutcome carA = timedEntry(in1, "B 1001 AA");
        EntryOutcome carD = timedEntry(in2, "B 1004 DD");
        assertThat(carA.offline()).isFalse();
        assertThat(carD.offline()).isFalse();
        // The exit lanes now know cars A and D (cache) and the public keys of both entry stations.
        assertThat(out1.connect().connected()).isTrue();
        assertThat(out2.connect().connected()).isTrue();

        databaseLink.cut();
        await().atMost(Duration.ofSeconds(3))
                .until(() -> server.api().get("/api/v1/health", null).statusCode() == 503);
        EntryOutcome carB = timedEntry(in1, "B 1002 BB");
        EntryOutcome carE = timedEntry(in2, "B 1005 EE");
        assertThat(carB.offline()).isTrue();
        assertThat(carE.offline()).isTrue();

        serverLink.cut();
        EntryOutcome carC = timedEntry(in1, "B 1003 CC");
        assertThat(carC.offline()).isTrue();
        String forged = TicketSigner.generate() // an operator's own key: never enrolled
                .sign(new TicketData(
                        UUID.randomUUID(),
                        "IN1",
                        VehicleType.MOBIL,
                        Instant.now().minusSeconds(60)));
        for (LaneClient exit : List.of(out1, out2)) {
            assertThatThrownBy(() -> exit.exitLane().quoteTicket(forged, false))
                    .isInstanceOfSatisfying(LaneRejection.class, refused -> assertThat(
                                    refused.text().key())
                            .isEqualTo("lane.rejection.forged_ticket")); // refused offline too: the lane verifies it
        }
        ExitQuote quoteA = out1.exitLane().quoteTicket(carA.ticketCode(), false);
        assertThat(quoteA.source()).isEqualTo("cache");
        ExitOutcome exitA = out1.exitLane().exit(quoteA, quoteA.fee(), "CASH");
        ExitQuote quoteB = out1.exitLane().quoteTicket(carB.ticketCode(), false);
        assertThat(quoteB.source()).isEqualTo("ticket");
        ExitOutcome exitB = out1.exitLane().exit(quoteB, quoteB.fee(), "CASH");
        // Each exit verifies the other entry station's tickets offline as well.
        ExitQuote quoteD = out2.exitLane().quoteTicket(carD.ticketCode(), false);
        assertThat(quoteD.source()).isEqualTo("cache");
        ExitOutcome exitD = out2.exitLane().exit(quoteD, quoteD.fee(), "CASH");
        ExitQuote quoteE = out2.exitLane().quoteTicket(carE.ticketCode(), false);
        assertThat(quoteE.source()).isEqualTo("ticket");
        ExitOutcome exitE = out2.exitLane().exit(quoteE, quoteE.fee(), "CASH");
        assertThat(List.of(exitA, exitB, exitD, exitE)).allMatch(ExitOutcome::offline);
        assertThat(in1.offline().pendingCount()).isEqualTo(2);
        assertThat(in2.offline().pendingCount()).isEqualTo(1);
        assertThat(out1.offline().pendingCount()).isEqualTo(2);
        assertThat(out2.offline().pendingCount()).isEqualTo(2);

        databaseLink.restore();
        serverLink.restore();
        // The pool finds the database again at its own pace (slower on a busy machine).
        await().atMost(Duration.ofSeconds(30))
                .until(() -> server.api().get("/api/v1/health", null).statusCode() == 200);

        // Exits first: cars B's and E's exits arrive before their entries and wait on the server (202, then joined).
        List<LaneClient> order = exitsFirst ? List.of(out1, out2, in1, in2) : List.of(in1, in2, out1, out2);
        List<SyncSummary> summaries = new ArrayList<>();
        for (LaneClient lane : order) {
            summaries.add(lane.syncEngine().syncAll(p -> {}));
        }

        assertThat(summaries).allMatch(SyncSummary::nothingFailed);
        assertThat(summaries.stream().mapToLong(SyncSummary::created).sum()).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE status = 'EXITED'"))
                .isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE status = 'ACTIVE' AND plate = 'B1003CC'"))
                .isEqualTo(1);
        // Each session records the station and key that signed its ticket.
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE ticket_signer = 'IN1' AND ticket_key_id = '"
                        + in1.ticketKeys().signer().keyId() + "'"))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE ticket_signer = 'IN2' AND ticket_key_id = '"
                        + in2.ticketKeys().signer().keyId() + "'"))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM request_ids")).isEqualTo(9);
        assertThat(count("SELECT COUNT(*) FROM pending_exits")).isZero();
        for (String station : List.of("IN1", "IN2", "OUT1", "OUT2")) {
            assertThat(filesIn(tmp.resolve(station).resolve("offline_data")))
                    .as(station)
                    .isZero();
        }

        // A second sync has nothing to do.
        assertThat(in1.syncEngine().syncAll(p -> {}).total()).isZero();
    }

    @Test
    void aSyncKilledHalfWayCompletesOnRerunWithoutDuplicates() throws Exception {
        LaneClient entryLane = lane("IN2");
        TestLanes.enroll(server, entryLane);
        assertThat(entryLane.connect().connected()).isTrue();
        serverLink.cut();
        for (int i = 1; i <= 5; i++) {
            assertThat(timedEntry(entryLane, "D " + (2000 + i) + " KL").offline())
                    .isTrue();
        }
        serverLink.restore();

        // The lane's own engine with its records in flight (decision 0028); the server goes away as the third
        // request leaves, while others may be on the wire.
        AtomicInteger sends = new AtomicInteger();
        SyncTransport api = new ApiSyncTransport(entryLane.session());
        SyncTransport cutting = new SyncTransport() {
            @Override
            public SendResult send(OfflineRecord record) {
                if (sends.incrementAndGet() == 3) {
                    serverLink.cut();
                }
                return api.send(record);
            }

            @Override
            public SendResult uploadPhoto(UUID recordId, String apiKind, byte[] jpeg) {
                return api.uploadPhoto(recordId, apiKind, jpeg);
            }

            @Override
            public SendResult reportSetAside(SetAsideReport report) {
                return api.reportSetAside(report);
            }

            @Override
            public boolean relogin() {
                return api.relogin();
            }
        };
        SyncSummary interrupted = new SyncEngine(
                        entryLane.offline(),
                        cutting,
                        entryLane.config().dataDir(),
                        Clock.systemUTC(),
                        SyncEngine.DEFAULT_IN_FLIGHT)
                .syncAll(progress -> {});
        assertThat(interrupted.nothingFailed()).isFalse();
        assertThat(interrupted.created()).isGreaterThanOrEqualTo(1); // the first went alone, before the cut
        assertThat(entryLane.offline().pendingCount()).isEqualTo(interrupted.failed());

        serverLink.restore();
        SyncSummary rerun = entryLane.syncEngine().syncAll(p -> {});

        assertThat(rerun.nothingFailed()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE plate LIKE 'D2%'"))
                .isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM request_ids")).isEqualTo(5);
        assertThat(entryLane.offline().pendingCount()).isZero();
    }
}
