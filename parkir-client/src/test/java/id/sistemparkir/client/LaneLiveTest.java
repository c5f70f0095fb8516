package id.sistemparkir.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ParkingIN records, ParkingOut knows at once: through the realtime stream into its cache of vehicles inside. */
class LaneLiveTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

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

    private LaneClient lane(String station, String app) {
        return TestLanes.open(
                server.baseUrl(), tmp.resolve(station), station, app, Clock.systemUTC(), new SimulatedPrinter(WIB));
    }

    @Test
    void anEntryAtOneLaneReachesTheOtherLanesCacheAndTheIndicatorIsGreen() {
        try (LaneClient entry = lane("IN1", "ParkingIN");
                LaneClient exit = lane("OUT1", "ParkingOut");
                LaneLive live = exit.startLive(scheduler, Duration.ofSeconds(10))) {
            assertThat(entry.connect().connected()).isTrue();
            assertThat(exit.connect().connected()).isTrue();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> live.monitor().snapshot().state() == ConnectionState.CONNECTED);

            EntryOutcome car = entry.entryLane().enter("B 4242 LV", VehicleType.MOBIL, false, Optional.empty());

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> exit.inside().byId(car.id()).isPresent());
            assertThat(live.clockCheck().skewed()).isFalse();
        }
    }
}
