package id.sistemparkir.client.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.TestLanes;
import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.barrier.Barrier;
import id.sistemparkir.client.device.barrier.BarrierState;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PhotoKind;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos never hold up a lane and are never deleted unsent (issue 7, items 11 and 12): the photo waits on disk, is sent
 * in the background once the barrier is open, and one the server refuses is kept in {@code rejected/} with its reason.
 */
abstract class PhotoQueueContract {

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;
    private TcpProxy link;

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void start() throws Exception {
        database = createDatabase();
        server = TestServer.start(database.config());
        link = TcpProxy.start("127.0.0.1", server.server().port());
    }

    @AfterEach
    void stop() {
        link.close();
        server.close();
        database.close();
    }

    /** A barrier that, the moment it opens, stalls the link: the entry got through, the photo's answer will not. */
    private final class StallsTheLinkWhenOpened implements Barrier {
        private volatile BarrierState state = BarrierState.CLOSED;

        @Override
        public void open(String reason) {
            link.stall();
            state = BarrierState.OPEN;
        }

        @Override
        public void lower(String reason) throws DeviceException {
            state = BarrierState.CLOSED;
        }

        @Override
        public BarrierState state() {
            return state;
        }

        @Override
        public void close() {}
    }

    private LaneClient lane(String serverUrl, String station, Barrier barrier) {
        LaneConfig config = new LaneConfig(
                serverUrl,
                tmp.resolve(station),
                station,
                station,
                "Test Mall",
                TestLanes.WIB,
                "admin",
                TestServer.ADMIN_PASSWORD,
                "ParkingIN");
        return LaneClient.open(
                config,
                new LaneDevices(new SimulatedCamera(TestLanes.WIB), new SimulatedPrinter(TestLanes.WIB), barrier),
                Clock.systemUTC());
    }

    @Test
    void aStalledPhotoUploadDoesNotHoldTheLaneAndThePhotoArrivesLater() throws Exception {
        StallsTheLinkWhenOpened barrier = new StallsTheLinkWhenOpened();
        try (LaneClient lane = lane("http://127.0.0.1:" + link.port(), "IN3", barrier)) {
            assertThat(lane.connect(false).connected()).isTrue();

            EntryOutcome outcome = lane.entryLane().enter("B 3003 PQ", VehicleType.MOBIL, false, Optional.empty());

            // enter() is back while the link is still stalled: the upload runs on its own thread.
            assertThat(outcome.offline()).isFalse();
            assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
            assertThat(lane.offline().photoIds(PhotoKind.MASUK)).containsExactly(outcome.id());
            assertThat(photoStatus(outcome.id())).isEqualTo(404);

            link.restore();

            await().atMost(Duration.ofSeconds(25)).untilAsserted(() -> {
                assertThat(photoStatus(outcome.id())).isEqualTo(200);
                assertThat(lane.offline().photoIds(PhotoKind.MASUK)).isEmpty();
            });
        }
    }

    @Test
    void aPhotoTheServerRefusesAtSyncIsKeptInRejectedWithItsReason() throws Exception {
        UUID id;
        try (LaneClient lane = lane("http://127.0.0.1:9", "IN2", new StallsTheLinkWhenOpened())) {
            TestLanes.enroll(server, lane); // its offline ticket must be one the server accepts
            // Offline, with a "photo" the server will refuse (not a JPEG).
            EntryOutcome outcome =
                    lane.entryLane().enter("B 2002 PQ", VehicleType.MOTOR, false, Optional.of(notAJpeg()));
            assertThat(outcome.offline()).isTrue();
            id = outcome.id();
        }
        link.restore();
        try (LaneClient lane = lane("http://127.0.0.1:" + link.port(), "IN2", new StallsTheLinkWhenOpened())) {
            assertThat(lane.connect(false).connected()).isTrue();

            assertThat(lane.syncEngine().syncAll().created()).isEqualTo(1);

            assertRejectedWithReason(lane, id);
        }
    }

    @Test
    void aPhotoTheServerRefusesInTheBackgroundIsKeptInRejectedWithItsReason() throws Exception {
        try (LaneClient lane = lane(server.baseUrl(), "IN1", new StallsTheLinkWhenOpened())) {
            assertThat(lane.connect(false).connected()).isTrue();

            EntryOutcome outcome =
                    lane.entryLane().enter("B 1001 PQ", VehicleType.MOTOR, false, Optional.of(notAJpeg()));

            assertThat(outcome.offline()).isFalse();
            await().atMost(Duration.ofSeconds(25)).untilAsserted(() -> assertRejectedWithReason(lane, outcome.id()));
        }
    }

    private static byte[] notAJpeg() {
        return "this is not a JPEG".getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertRejectedWithReason(LaneClient lane, UUID id) throws Exception {
        Path rejected =
                lane.config().dataDir().resolve(OfflineStore.OFFLINE_DATA).resolve(OfflineStore.REJECTED);
        Path photo = rejected.resolve(id + ".jpg");
        assertThat(photo).exists();
        assertThat(Files.readString(rejected.resolve(id + ".jpg.reason"))).contains("refused by the server", "HTTP 4");
        assertThat(lane.offline().photoIds(PhotoKind.MASUK)).doesNotContain(id);
    }

    private int photoStatus(UUID id) throws Exception {
        return server.api()
                .get("/api/v1/photos/" + id, server.api().adminToken())
                .statusCode();
    }
}
