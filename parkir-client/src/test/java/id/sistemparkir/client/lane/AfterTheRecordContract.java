package id.sistemparkir.client.lane;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.TestLanes;
import id.sistemparkir.client.device.barrier.BarrierState;
import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once the record is safe (server 201 or outbox file), nothing may stop the car (issue 7, item 9): a cache of vehicles
 * inside that cannot be written (disk full, a file locked on Windows — here a file where its folder must be) and a
 * printer that fails cost a warning each; the barrier opens and the server has the session exactly once.
 */
abstract class AfterTheRecordContract {

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;
    private final SimulatedPrinter printer = new SimulatedPrinter(TestLanes.WIB);
    private final SimulatedBarrier barrier = new SimulatedBarrier(Clock.systemUTC());

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void start() {
        database = createDatabase();
        server = TestServer.start(database.config());
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    /** A lane whose cache of vehicles inside cannot be written: its folder's name is taken by a file. */
    private LaneClient laneWithBrokenCache(String serverUrl, String station, String app) throws Exception {
        Path dataDir = tmp.resolve(station);
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("cache"), "not a folder");
        LaneConfig config = new LaneConfig(
                serverUrl,
                dataDir,
                station,
                station,
                "Test Mall",
                TestLanes.WIB,
                "admin",
                TestServer.ADMIN_PASSWORD,
                app);
        return LaneClient.open(
                config, new LaneDevices(new SimulatedCamera(TestLanes.WIB), printer, barrier), Clock.systemUTC());
    }

    @Test
    void anOnlineEntryWhoseCacheWriteFailsStillPrintsOpensAndIsStoredOnce() throws Exception {
        try (LaneClient lane = laneWithBrokenCache(server.baseUrl(), "IN5", "ParkingIN")) {
            assertThat(lane.connect(false).connected()).isTrue();

            EntryOutcome outcome = lane.entryLane().enter("B 5005 CF", VehicleType.MOBIL, false, Optional.empty());

            assertThat(outcome.offline()).isFalse();
            assertThat(outcome.warnings()).extracting(Message::key).contains("lane.warning.cache_not_saved");
            assertThat(printer.tickets()).hasSize(1);
            assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
            assertThat(lane.offline().pendingCount()).isZero();
            assertThat(sessionsInside("B5005CF")).isEqualTo(1);
        }
    }

    @Test
    void anOfflineEntryWithABrokenCacheAndAFailingPrinterStillOpensTheBarrierAndKeepsOneRecord() throws Exception {
        printer.failWith("paper out");
        // Nothing listens on this port: the server is unreachable, the record goes to the outbox.
        try (LaneClient lane = laneWithBrokenCache("http://127.0.0.1:9", "IN6", "ParkingIN")) {
            EntryOutcome outcome = lane.entryLane().enter("B 6006 CF", VehicleType.MOTOR, false, Optional.empty());

            assertThat(outcome.offline()).isTrue();
            assertThat(outcome.warnings())
                    .extracting(Message::key)
                    .contains("lane.warning.cache_not_saved", "lane.warning.printer_failed");
            assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
            assertThat(lane.offline().pendingCount()).isEqualTo(1);
        }
    }

    @Test
    void anOnlineExitWhoseCacheWriteFailsStillOpensTheBarrier() throws Exception {
        try (LaneClient entry =
                TestLanes.open(server.baseUrl(), tmp.resolve("IN4"), "IN4", "ParkingIN", Clock.systemUTC(), printer)) {
            assertThat(entry.connect(false).connected()).isTrue();
            EntryOutcome in = entry.entryLane().enter("B 4004 CF", VehicleType.MOBIL, false, Optional.empty());

            try (LaneClient lane = laneWithBrokenCache(server.baseUrl(), "OUT4", "ParkingOut")) {
                assertThat(lane.connect(false).connected()).isTrue();
                ExitQuote quote = lane.exitLane().quoteTicket(in.ticketCode(), false);
                ExitOutcome out = lane.exitLane().exit(quote, quote.fee(), "CASH");

                assertThat(out.offline()).isFalse();
                assertThat(out.warnings()).extracting(Message::key).contains("lane.warning.cache_not_saved");
                assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
                assertThat(sessionsInside("B4004CF")).isZero();
            }
        }
    }

    private int sessionsInside(String plate) throws Exception {
        JsonNode inside = TestApi.parse(server.api()
                .get("/api/v1/vehicles/inside?plate=" + plate, server.api().adminToken()));
        return inside.size();
    }
}
