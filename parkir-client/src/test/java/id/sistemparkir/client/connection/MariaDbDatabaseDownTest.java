package id.sistemparkir.client.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.api.ServerFixture;
import id.sistemparkir.client.realtime.RealtimeClient;
import id.sistemparkir.client.realtime.SeqStore;
import id.sistemparkir.core.contract.HealthResponse;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server answers but its database does not: the client must tell that apart from a dead server. MariaDB (the
 * production database) behind a TCP proxy that the test stalls.
 */
@ExtendWith(MariaDbAvailability.class)
class MariaDbDatabaseDownTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    private MariaDbTestDatabase schema;
    private TcpProxy databaseProxy;
    private TestServer server;
    private ScheduledExecutorService scheduler;
    private RealtimeClient realtime;
    private ConnectionMonitor monitor;

    @BeforeEach
    void start() throws IOException {
        schema = MariaDbTestDatabase.create();
        MariaDbTestDatabase.Server mariaDb = MariaDbTestDatabase.server();
        databaseProxy = TcpProxy.start(mariaDb.host(), mariaDb.port());
        server = TestServer.start(TestDatabases.mariaDbConfig(schema, databaseProxy.host(), databaseProxy.port()));
        scheduler = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() {
        if (realtime != null) {
            realtime.close();
        }
        if (monitor != null) {
            monitor.close();
        }
        scheduler.shutdownNow();
        databaseProxy.close(); // first: frees whatever hangs on it
        server.close();
        schema.close();
    }

    @Test
    void aStalledDatabaseIsHealthOk503DownAndTheIndicatorTurnsRedThenGreen() {
        ServerEndpoint endpoint = ServerEndpoint.of(server.baseUrl());
        ServerApi api = new ServerApi(endpoint);
        assertThat(api.login(ServerFixture.ADMIN, ServerFixture.PASSWORD, "IN-DB")
                        .isOk())
                .isTrue();
        monitor = new ConnectionMonitor(api, Duration.ofSeconds(10), Clock.systemUTC(), scheduler);
        List<ConnectionState> heard = new CopyOnWriteArrayList<>();
        monitor.addListener(snapshot -> heard.add(snapshot.state()));
        realtime = new RealtimeClient(
                endpoint,
                () -> api.token().orElse(null),
                new SeqStore(dataDir),
                new RealtimeClient.StationInfo("IN-DB", "ParkingIN", () -> 0),
                Clock.systemUTC(),
                scheduler);
        realtime.addListener(monitor);
        monitor.start();
        realtime.start();
        await().atMost(PATIENCE).until(() -> monitor.snapshot().state() == ConnectionState.CONNECTED);

        databaseProxy.stall();

        await().atMost(Duration.ofSeconds(5)).until(() -> monitor.snapshot().state() == ConnectionState.DISCONNECTED);
        ApiResult<HealthResponse> health = api.health();
        assertThat(health).isInstanceOfSatisfying(ApiResult.Ok.class, ok -> assertThat(ok.status())
                .isEqualTo(503));
        assertThat(health.bodyOrNull().database()).isEqualTo(HealthResponse.DOWN);
        assertThat(api.postEntry(ServerFixture.newEntry()))
                .isInstanceOfSatisfying(ApiResult.Unavailable.class, unavailable -> assertThat(unavailable.reason())
                        .contains("503"));
        assertThat(realtime.connected()).as("the server itself is still there").isTrue();

        databaseProxy.restore();

        await().atMost(PATIENCE).until(() -> monitor.snapshot().state() == ConnectionState.CONNECTED);
        assertThat(api.health().bodyOrNull().database()).isEqualTo(HealthResponse.UP);
        assertThat(heard)
                .containsExactly(ConnectionState.CONNECTED, ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
    }
}
