package id.sistemparkir.client;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-shot lane commands keep their token between runs (decision 0018): the second command logs in no more (the
 * server hands out a new token at every login, so the same token means no login), and a refused, expired or foreign
 * token makes a fresh login that replaces the file.
 */
class LaneTokenReuseTest {

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

    @Test
    void aSecondCommandUsesTheTokenTheFirstSavedOwnerOnly() throws IOException {
        String first = commandToken("IN1", Clock.systemUTC());
        String second = commandToken("IN1", Clock.systemUTC());

        assertThat(second).isEqualTo(first);
        Path file = tmp.resolve("IN1").resolve("secrets").resolve("session-token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains(first).doesNotContain(TestServer.ADMIN_PASSWORD);
    }

    @Test
    void aTokenTheServerRefusesIsReplacedByAFreshLogin() {
        String revoked = commandToken("IN1", Clock.systemUTC());
        ServerApi elsewhere = new ServerApi(ServerEndpoint.of(server.baseUrl()));
        elsewhere.useToken(revoked);
        assertThat(elsewhere.logout().isOk()).isTrue();

        String fresh = commandToken("IN1", Clock.systemUTC());
        assertThat(fresh).isNotEqualTo(revoked);
        assertThat(commandToken("IN1", Clock.systemUTC())).isEqualTo(fresh); // and saved for the next
    }

    @Test
    void aTokenAboutToExpireIsNotUsed() {
        String saved = commandToken("IN1", Clock.systemUTC());
        Clock nearExpiry = Clock.offset(Clock.systemUTC(), Duration.ofHours(12).minusSeconds(30));

        assertThat(commandToken("IN1", nearExpiry)).isNotEqualTo(saved);
    }

    @Test
    void aTokenOfAnotherStationIsNotUsed() {
        Path shared = tmp.resolve("shared");
        String in1 = commandToken(shared, "IN1", Clock.systemUTC());

        assertThat(commandToken(shared, "IN2", Clock.systemUTC())).isNotEqualTo(in1);
    }

    @Test
    void aWindowLoginAlwaysAsksTheServer() {
        String saved = commandToken("IN1", Clock.systemUTC());
        try (LaneClient window = lane(tmp.resolve("IN1"), "IN1", Clock.systemUTC())) {
            assertThat(window.connect(false).connected()).isTrue();
            assertThat(window.session().api().token()).isPresent().get().isNotEqualTo(saved);
        }
    }

    private String commandToken(String station, Clock clock) {
        return commandToken(tmp.resolve(station), station, clock);
    }

    /** Runs what {@code parkir entry} does to connect; the token it ended with. */
    private String commandToken(Path dataDir, String station, Clock clock) {
        try (LaneClient lane = lane(dataDir, station, clock)) {
            assertThat(lane.connectForCommand().connected()).isTrue();
            assertThat(lane.session().lastLogin().orElseThrow().expiresAt()).isAfter(Instant.now(clock));
            return lane.session().api().token().orElseThrow();
        }
    }

    private LaneClient lane(Path dataDir, String station, Clock clock) {
        LaneConfig config = new LaneConfig(
                server.baseUrl(),
                dataDir,
                station,
                station,
                "Test Mall",
                TestLanes.WIB,
                "admin",
                TestServer.ADMIN_PASSWORD,
                "ParkingIN");
        return LaneClient.open(
                config,
                new LaneDevices(
                        new SimulatedCamera(TestLanes.WIB),
                        new SimulatedPrinter(TestLanes.WIB),
                        new SimulatedBarrier(Clock.systemUTC())),
                clock);
    }
}
