package id.sistemparkir.client.lane;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.TestLanes;
import id.sistemparkir.client.device.camera.CaptureRequest;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.offline.PhotoKind;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry lane against the real server's less usual answers: the car is served in every case. */
class EntryLaneServerAnswersTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;

    @BeforeEach
    void start() {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    private LaneClient lane(String station, Clock clock, SimulatedPrinter printer) {
        return TestLanes.open(server.baseUrl(), tmp.resolve(station), station, "ParkingIN", clock, printer);
    }

    @Test
    void aRecordTheServerRefusesForAServerSideReasonIsKeptForTheBackOfficeAndTheCarStillEnters() {
        SimulatedPrinter printer = new SimulatedPrinter(WIB);
        // A lane whose clock runs two hours ahead: the server refuses its entry time.
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        try (LaneClient lane = lane("IN9", ahead, printer)) {
            assertThat(lane.connect().connected()).isTrue();

            EntryOutcome outcome = lane.entryLane().enter("B 77 CL", VehicleType.MOBIL, false, Optional.empty());

            assertThat(outcome.offline()).isTrue();
            assertThat(outcome.warnings()).anySatisfy(w -> {
                assertThat(w.key()).isEqualTo("lane.warning.refused_and_kept");
                assertThat(w.args()).contains("invalid_time");
            });
            assertThat(lane.offline().pendingCount()).isEqualTo(1);
            assertThat(printer.tickets()).hasSize(1);

            lane.syncEngine().syncAll(p -> {});
            assertThat(lane.offline().needsAttention()).hasSize(1);
        }
    }

    @Test
    void aPhotoWhoseUploadMissedItsOnlineRecordIsSentByTheNextSync() throws Exception {
        try (LaneClient lane = lane("IN8", Clock.systemUTC(), new SimulatedPrinter(WIB))) {
            assertThat(lane.connect().connected()).isTrue();
            // A record that reached the server online while its photo upload failed.
            String token = server.api().adminToken();
            UUID id = UUID.randomUUID();
            String entry = "{\"id\":\"" + id + "\",\"plate\":\"B 88 PH\",\"vehicleType\":\"MOTOR\","
                    + "\"gate\":\"IN8\",\"entryTime\":\""
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                    + "\",\"offline\":false}";
            assertThat(server.api().post("/api/v1/entries", token, entry).statusCode())
                    .isEqualTo(201);
            byte[] jpeg = new SimulatedCamera(WIB).capture(new CaptureRequest("IN8", "B 88 PH", Instant.now()));
            lane.offline().savePhoto(id, PhotoKind.MASUK, jpeg);
            assertThat(server.api().get("/api/v1/photos/" + id, token).statusCode())
                    .isEqualTo(404);

            assertThat(lane.syncEngine().syncAll(p -> {}).nothingFailed()).isTrue();

            assertThat(lane.offline().photoIds(PhotoKind.MASUK)).isEmpty();
            assertThat(server.api().get("/api/v1/photos/" + id, token).statusCode())
                    .isEqualTo(200);
        }
    }
}
