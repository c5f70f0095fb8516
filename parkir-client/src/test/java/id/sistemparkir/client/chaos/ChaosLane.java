package id.sistemparkir.client.chaos;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.TestLanes;
import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One lane of the chaos run: a station with its own data dir and its own network link to the server, and the lane
 * library on it as the CLI wires it ({@link LaneClient}). "Killing" the lane drops the {@link LaneClient} without
 * closing it (nothing is flushed) and opens a new one on the same data dir, as a restarted lane process would.
 */
final class ChaosLane {

    private final String station;
    private final Path dataDir;
    private final TcpProxy link;
    private volatile LaneClient client;
    private final Clock clock;
    private int restarts;

    ChaosLane(String station, Path dataDir, TcpProxy link, Clock clock) {
        this.clock = clock;
        this.station = station;
        this.dataDir = dataDir;
        this.link = link;
        this.client = open();
    }

    private LaneClient open() {
        LaneConfig config = new LaneConfig(
                "http://127.0.0.1:" + link.port(),
                dataDir,
                station,
                station,
                "Chaos Mall",
                TestLanes.WIB,
                "admin",
                TestServer.ADMIN_PASSWORD,
                station.startsWith("IN") ? "ParkingIN" : "ParkingOut");
        LaneDevices devices = new LaneDevices(
                new SimulatedCamera(TestLanes.WIB), new SimulatedPrinter(TestLanes.WIB), new SimulatedBarrier(clock));
        return LaneClient.open(config, devices, clock);
    }

    String station() {
        return station;
    }

    Path dataDir() {
        return dataDir;
    }

    TcpProxy link() {
        return link;
    }

    LaneClient client() {
        return client;
    }

    OfflineStore offline() {
        return client.offline();
    }

    /** The process died: the old library objects are abandoned as they are, a new lane starts on the same data. */
    void restart() {
        client = open();
        restarts++;
        client.connect(false);
    }

    int restarts() {
        return restarts;
    }

    @Override
    public String toString() {
        return station;
    }
}
