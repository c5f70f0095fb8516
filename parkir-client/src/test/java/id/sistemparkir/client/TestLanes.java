package id.sistemparkir.client;

import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.TicketPrinter;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.server.testsupport.TestStations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/** A lane for tests: the test server's admin login, a simulated camera and barrier, the given printer. */
public final class TestLanes {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private TestLanes() {}

    /** Enrolls a lane as an entry station (gate = station code) with the key it made, as an administrator would. */
    public static void enroll(TestServer server, LaneClient lane) {
        TestStations.enrollEntry(
                server, lane.config().station(), lane.ticketKeys().signer().publicKey());
    }

    public static LaneClient open(
            String serverUrl, Path dataDir, String station, String app, Clock clock, TicketPrinter printer) {
        LaneConfig config = new LaneConfig(
                serverUrl, dataDir, station, station, "Test Mall", WIB, "admin", TestServer.ADMIN_PASSWORD, app);
        return LaneClient.open(
                config, new LaneDevices(new SimulatedCamera(WIB), printer, new SimulatedBarrier(clock)), clock);
    }
}
