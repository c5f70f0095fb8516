package id.sistemparkir.client.lane;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.TestLanes;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The garage size a lane claims (issue 7, item 13): 20,000 vehicles inside, all of them in the cache of an exit lane
 * that never saw one of their entries, so that an offline lost-ticket exit finds any of them by plate.
 */
abstract class InsideCacheSizeContract {

    static final int GARAGE = 20_000;

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

    @Test
    void anExitLaneThatSawNoEntryKnowsEveryVehicleInsideAndFindsOneOffline() {
        fillTheGarage();
        try (LaneClient lane = TestLanes.open(
                "http://127.0.0.1:" + link.port(),
                tmp.resolve("OUT1"),
                "OUT1",
                "ParkingOut",
                Clock.systemUTC(),
                new SimulatedPrinter(TestLanes.WIB))) {
            assertThat(lane.connect().connected()).isTrue();

            assertThat(lane.inside().size()).isEqualTo(GARAGE);

            link.cut();
            List<SessionView> found = lane.exitLane().findByPlate("B 7776 ZZ");
            assertThat(found).extracting(SessionView::plate).containsExactly("B7776ZZ", "B7776ZZ");
        }
    }

    /** The sessions as the server stores them, written in batches (20,000 POSTs would test the server, not this). */
    private void fillTheGarage() {
        Timestamp entered =
                Timestamp.from(Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        database.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO parking_sessions (id, ticket_code, plate, plate_display,"
                    + " vehicle_type, status, entry_gate, entry_time, entry_received_at, entry_offline,"
                    + " tariff_version, updated_at) VALUES (:id, :code, :plate, :display, 'MOBIL', 'ACTIVE', 'IN1',"
                    + " :at, :at, FALSE, 1, :at)");
            for (int n = 0; n < GARAGE; n++) {
                String suffix = n % 2 == 0 ? "ZZ" : "YY";
                batch.bind("id", UUID.randomUUID().toString())
                        .bind("code", "SIZE-" + n)
                        .bind("plate", "B" + (n % 10_000) + suffix)
                        .bind("display", "B " + (n % 10_000) + " " + suffix)
                        .bind("at", entered)
                        .add();
            }
            batch.execute();
        });
    }
}
