package id.sistemparkir.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.offline.TestRecords;
import id.sistemparkir.client.status.LaneStatus;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A login is reported one way, and the live side sums the lane up and (when asked) syncs by itself. */
class LaneConnectTest {

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void start() {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        scheduler = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        server.close();
        database.close();
    }

    private LaneClient lane(String url, String password) {
        return lane(url, password, 7, Clock.systemUTC());
    }

    private LaneClient lane(String url, String password, int offlineLoginDays, Clock clock) {
        LaneConfig config = new LaneConfig(
                url,
                tmp.resolve("IN1"),
                "IN1",
                "IN1",
                "Test Mall",
                TestLanes.WIB,
                "admin",
                password,
                "ParkingIN",
                offlineLoginDays);
        return LaneClient.open(
                config,
                new LaneDevices(
                        new SimulatedCamera(TestLanes.WIB),
                        new SimulatedPrinter(TestLanes.WIB),
                        new SimulatedBarrier(Clock.systemUTC())),
                clock);
    }

    @Test
    void aGoodLoginIsConnectedWithTheUser() {
        try (LaneClient lane = lane(server.baseUrl(), TestServer.ADMIN_PASSWORD)) {
            ConnectResult result = lane.connect();

            assertThat(result).isInstanceOfSatisfying(ConnectResult.Connected.class, ok -> assertThat(
                            ok.user().username())
                    .isEqualTo("admin"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAWordedReason() {
        try (LaneClient lane = lane(server.baseUrl(), "not-the-password")) {
            ConnectResult result = lane.connect();

            assertThat(result).isInstanceOfSatisfying(ConnectResult.Refused.class, refused -> {
                assertThat(refused.code()).isEqualTo("invalid_credentials");
                assertThat(refused.text().key()).isEqualTo("login.refused");
            });
        }
    }

    @Test
    void anUnreachableServerIsOfflineForAnOperatorWhoLoggedInHereBefore() {
        try (LaneClient online = lane(server.baseUrl(), TestServer.ADMIN_PASSWORD)) {
            assertThat(online.connect().connected()).isTrue();
        }
        try (LaneClient lane = lane("http://127.0.0.1:9", TestServer.ADMIN_PASSWORD)) {
            assertThat(lane.connect()).isInstanceOf(ConnectResult.Offline.class);
        }
    }

    @Test
    void offlineAnyoneWhoNeverLoggedInHereOrWithAnotherPasswordIsRefused() {
        try (LaneClient lane = lane("http://127.0.0.1:9", TestServer.ADMIN_PASSWORD)) {
            assertThat(lane.connect()).isInstanceOfSatisfying(ConnectResult.Refused.class, refused -> {
                assertThat(refused.code()).isEqualTo("offline_login_unknown");
                assertThat(refused.text().key()).isEqualTo("login.offline_unknown");
            });
        }
        try (LaneClient online = lane(server.baseUrl(), TestServer.ADMIN_PASSWORD)) {
            assertThat(online.connect().connected()).isTrue();
        }
        try (LaneClient lane = lane("http://127.0.0.1:9", "any-other-password")) {
            assertThat(lane.connect())
                    .isInstanceOfSatisfying(ConnectResult.Refused.class, refused -> assertThat(refused.code())
                            .isEqualTo("offline_login_unknown"));
        }
    }

    @Test
    void offlineALoginOlderThanTheConfiguredDaysHasExpired() {
        Instant lastOnline = Instant.now().minus(Duration.ofDays(3));
        try (LaneClient online =
                lane(server.baseUrl(), TestServer.ADMIN_PASSWORD, 2, Clock.fixed(lastOnline, ZoneOffset.UTC))) {
            assertThat(online.connect().connected()).isTrue();
        }
        try (LaneClient lane = lane("http://127.0.0.1:9", TestServer.ADMIN_PASSWORD, 2, Clock.systemUTC())) {
            assertThat(lane.connect()).isInstanceOfSatisfying(ConnectResult.Refused.class, refused -> {
                assertThat(refused.code()).isEqualTo("offline_login_expired");
                assertThat(refused.text().args()).containsExactly("admin", 2L);
            });
        }
        try (LaneClient lane = lane("http://127.0.0.1:9", TestServer.ADMIN_PASSWORD, 4, Clock.systemUTC())) {
            assertThat(lane.connect()).isInstanceOf(ConnectResult.Offline.class);
        }
    }

    @Test
    void aPasswordTheServerRefusesNoLongerWorksOffline() {
        try (LaneClient online = lane(server.baseUrl(), TestServer.ADMIN_PASSWORD)) {
            assertThat(online.connect().connected()).isTrue();
        }
        try (LaneClient wrong = lane(server.baseUrl(), "not-the-password")) {
            assertThat(wrong.connect()).isInstanceOf(ConnectResult.Refused.class);
        }
        try (LaneClient lane = lane("http://127.0.0.1:9", TestServer.ADMIN_PASSWORD)) {
            assertThat(lane.connect())
                    .isInstanceOfSatisfying(ConnectResult.Refused.class, refused -> assertThat(refused.code())
                            .isEqualTo("offline_login_unknown"));
        }
    }

    @Test
    void anInterruptedLoginIsCancelledNotOffline() {
        try (LaneClient lane = lane(server.baseUrl(), TestServer.ADMIN_PASSWORD)) {
            Thread.currentThread().interrupt();
            try {
                assertThat(lane.connect()).isInstanceOf(ConnectResult.Cancelled.class);
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void withAutoSyncTheLaneSendsWaitingRecordsWhenTheConnectionIsUp() {
        try (LaneClient lane = lane(server.baseUrl(), TestServer.ADMIN_PASSWORD)) {
            Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
            lane.offline().save(TestRecords.entry(at));
            assertThat(lane.connect().connected()).isTrue();

            try (LaneLive live = lane.startLive(
                    scheduler,
                    LiveOptions.DEFAULT.withProbeInterval(Duration.ofSeconds(1)).withAutoSync(true))) {
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> live.status().current().pending() == 0);
                LaneStatus status = live.status().current();
                assertThat(status.connected()).isTrue();
                assertThat(live.autoSync()).isPresent();
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> live.status().current().lastSummary().isPresent());
                assertThat(live.status().current().lastSummary().orElseThrow().created())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void withoutAutoSyncRecordsWaitForTheOperator() {
        try (LaneClient lane = lane(server.baseUrl(), TestServer.ADMIN_PASSWORD)) {
            lane.offline().save(TestRecords.entry(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            assertThat(lane.connect().connected()).isTrue();

            try (LaneLive live = lane.startLive(scheduler, Duration.ofSeconds(1))) {
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> live.status().current().connected());
                assertThat(live.autoSync()).isEmpty();
                assertThat(live.status().current().pending()).isEqualTo(1);
            }
        }
    }
}
