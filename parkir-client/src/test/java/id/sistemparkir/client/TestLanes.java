package id.sistemparkir.client;

import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.TicketPrinter;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/** A lane for tests: the test server's admin login, a simulated camera and barrier, the given printer. */
public final class TestLanes {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private TestLanes() {}

    /** Enrolls a lane as an entry station (gate = station code) with the key it made, as an administrator would. */
    public static void enroll(TestServer server, LaneClient lane) {
        String station = lane.config().station();
        HttpResponse<String> response = server.api()
                .post(
                        "/api/v1/ticket-stations",
                        server.api().adminToken(),
                        TestApi.json(Map.of(
                                "code",
                                station,
                                "name",
                                "Entry " + station,
                                "direction",
                                "IN",
                                "gate",
                                station,
                                "publicKey",
                                Ed25519Keys.encodePublic(
                                        lane.ticketKeys().signer().publicKey()))));
        if (response.statusCode() != 201) {
            throw new AssertionError("enrolling " + station + " failed: " + response.body());
        }
    }

    public static LaneClient open(
            String serverUrl, Path dataDir, String station, String app, Clock clock, TicketPrinter printer) {
        LaneConfig config = new LaneConfig(
                serverUrl, dataDir, station, station, "Test Mall", WIB, "admin", TestServer.ADMIN_PASSWORD, app);
        return LaneClient.open(
                config, new LaneDevices(new SimulatedCamera(WIB), printer, new SimulatedBarrier(clock)), clock);
    }
}
