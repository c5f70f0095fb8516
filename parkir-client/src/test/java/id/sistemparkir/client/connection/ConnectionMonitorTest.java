package id.sistemparkir.client.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.api.ServerFixture;
import id.sistemparkir.client.realtime.RealtimeClient;
import id.sistemparkir.client.realtime.RealtimeOptions;
import id.sistemparkir.client.realtime.SeqStore;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection indicator's logic against the real server (DESIGN §8). */
class ConnectionMonitorTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final RealtimeOptions FAST = RealtimeOptions.DEFAULTS
            .withPing(Duration.ofMillis(300), Duration.ofMillis(500))
            .withBackoff(Duration.ofMillis(100), Duration.ofMillis(500));

    private static ServerFixture server;

    @TempDir
    Path dataDir;

    private ScheduledExecutorService scheduler;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<ConnectionState> heard = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServer() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startScheduler() {
        scheduler = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        scheduler.shutdownNow();
    }

    @Test
    void startsCheckingAndTurnsConnectedAgainstAHealthyServer() {
        ConnectionMonitor monitor = monitor(new ServerApi(server.endpoint()), Duration.ofSeconds(10));
        assertThat(monitor.snapshot().state()).isEqualTo(ConnectionState.CHECKING);
        assertThat(monitor.snapshot().state().label()).isEqualTo("Memeriksa Koneksi");

        monitor.start();

        await().atMost(PATIENCE).until(() -> monitor.snapshot().state() == ConnectionState.CONNECTED);
        assertThat(heard).containsExactly(ConnectionState.CONNECTED);
        assertThat(monitor.snapshot().latency()).isPositive();
    }

    @Test
    void anUnreachableServerIsDisconnected() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionMonitor monitor =
                monitor(new ServerApi(ServerEndpoint.of("http://127.0.0.1:" + closedPort)), Duration.ofSeconds(10));

        monitor.start();

        await().atMost(PATIENCE).until(() -> monitor.snapshot().state() == ConnectionState.DISCONNECTED);
        assertThat(monitor.snapshot().reason()).contains("cannot connect");
        assertThat(heard).containsExactly(ConnectionState.DISCONNECTED);
    }

    @Test
    void aDroppedRealtimeSocketTurnsItRedWithinOneSecondAndItTurnsGreenAfterRestore() throws IOException {
        TcpProxy proxy = TcpProxy.start("127.0.0.1", server.port());
        toClose.add(0, proxy);
        ServerEndpoint viaProxy = ServerEndpoint.of("http://127.0.0.1:" + proxy.port());
        ServerApi api = new ServerApi(viaProxy);
        api.login(ServerFixture.ADMIN, ServerFixture.PASSWORD, "IN-M");
        ConnectionMonitor monitor = monitor(api, Duration.ofSeconds(10));
        RealtimeClient realtime = new RealtimeClient(
                viaProxy,
                () -> api.token().orElse(null),
                new SeqStore(dataDir),
                new RealtimeClient.StationInfo("IN-M", "ParkingIN", () -> 0),
                Clock.systemUTC(),
                scheduler,
                FAST);
        toClose.add(0, realtime);
        realtime.addListener(monitor);
        monitor.start();
        realtime.start();
        await().atMost(PATIENCE)
                .until(() -> realtime.connected() && monitor.snapshot().state() == ConnectionState.CONNECTED);

        long cutAt = System.nanoTime();
        proxy.cut();
        await().atMost(Duration.ofSeconds(1)).until(() -> monitor.snapshot().state() == ConnectionState.DISCONNECTED);
        Duration red = Duration.ofNanos(System.nanoTime() - cutAt);
        proxy.restore();
        await().atMost(PATIENCE).until(() -> monitor.snapshot().state() == ConnectionState.CONNECTED);

        assertThat(red).isLessThan(Duration.ofSeconds(1));
        assertThat(heard)
                .containsExactly(ConnectionState.CONNECTED, ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
    }

    @Test
    void statusFramesDecideAtOnceAndListenersHearOnlyChanges() {
        ConnectionMonitor monitor = monitor(new ServerApi(server.endpoint()), Duration.ofSeconds(10));

        monitor.onStatus(new RealtimeFrame.Status("UP", "UP", 1));
        monitor.onStatus(new RealtimeFrame.Status("UP", "UP", 2));
        assertThat(monitor.snapshot().state()).isEqualTo(ConnectionState.CONNECTED);
        monitor.onStatus(new RealtimeFrame.Status("UP", "DOWN", 2));
        assertThat(monitor.snapshot().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(monitor.snapshot().reason()).contains("DOWN");
        monitor.onStatus(new RealtimeFrame.Status("UP", "DOWN", 2));

        probeAndWait(monitor);
        probeAndWait(monitor);
        probeAndWait(monitor);

        assertThat(monitor.snapshot().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(heard)
                .containsExactly(ConnectionState.CONNECTED, ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
    }

    @Test
    void aRealtimeDropIsRedAtOnceAndTheQuickReprobeTurnsItGreenWhenTheServerAnswers() {
        ConnectionMonitor monitor = monitor(new ServerApi(server.endpoint()), Duration.ofSeconds(30));
        monitor.onStatus(new RealtimeFrame.Status("UP", "UP", 1));

        monitor.onDisconnected("socket error: test");

        assertThat(monitor.snapshot().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(monitor.snapshot().reason()).contains("socket error: test");
        await().atMost(PATIENCE).until(() -> monitor.snapshot().state() == ConnectionState.CONNECTED);
        assertThat(heard)
                .containsExactly(ConnectionState.CONNECTED, ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
    }

    private ConnectionMonitor monitor(ServerApi api, Duration interval) {
        ConnectionMonitor monitor = new ConnectionMonitor(api, interval, Clock.systemUTC(), scheduler);
        monitor.addListener(snapshot -> heard.add(snapshot.state()));
        toClose.add(monitor);
        return monitor;
    }

    private static void probeAndWait(ConnectionMonitor monitor) {
        Instant before = monitor.snapshot().lastCheck();
        monitor.checkNow();
        await().atMost(PATIENCE).until(() -> monitor.snapshot().lastCheck().isAfter(before));
    }
}
