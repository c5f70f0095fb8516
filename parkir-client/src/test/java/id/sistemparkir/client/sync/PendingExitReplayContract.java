package id.sistemparkir.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.TestLanes;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync summary tells a replayed exit the server still holds as pending (202 with {@code duplicate: true}) as
 * "already present", the way the server logs it — not as "created" (issue 7, item 15).
 */
abstract class PendingExitReplayContract {

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;

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

    @Test
    void aReplayedExitStillWaitingForItsEntryCountsAsAlreadyPresent() throws Exception {
        Clock clock = Clock.systemUTC();
        try (LaneClient entryStation = TestLanes.open(
                        server.baseUrl(),
                        tmp.resolve("IN7"),
                        "IN7",
                        "ParkingIN",
                        clock,
                        new SimulatedPrinter(TestLanes.WIB));
                LaneClient lane = TestLanes.open(
                        server.baseUrl(),
                        tmp.resolve("OUT7"),
                        "OUT7",
                        "ParkingOut",
                        clock,
                        new SimulatedPrinter(TestLanes.WIB))) {
            TestLanes.enroll(server, entryStation);
            assertThat(lane.connect(false).connected()).isTrue();
            // An enrolled entry station IN7 signs the ticket with the key it made itself.
            TicketSigner signer = entryStation.ticketKeys().signer();
            Instant entryTime = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            // The entry is still in another lane's outbox: the server has never seen this ticket.
            String ticket = signer.sign(new TicketData(UUID.randomUUID(), "IN7", VehicleType.MOBIL, entryTime));
            OfflineRecord exit = OfflineRecord.of(new ExitRequest(
                    UUID.randomUUID(),
                    ticket,
                    null,
                    "B 7007 PX",
                    "OUT7",
                    entryTime.plus(30, ChronoUnit.MINUTES),
                    5000,
                    5000,
                    "CASH",
                    false,
                    true));
            lane.offline().save(exit);

            SyncSummary first = lane.syncEngine().syncAll();
            assertThat(first.created()).as(first.toString()).isEqualTo(1);

            // The same file again (e.g. the lane died after the 202 and before deleting it): a replay.
            lane.offline().save(exit);
            SyncSummary replay = lane.syncEngine().syncAll();

            assertThat(replay.created()).as(replay.toString()).isZero();
            assertThat(replay.alreadyPresent()).isEqualTo(1);
            assertThat(lane.offline().pending()).isEmpty();
        }
    }
}
