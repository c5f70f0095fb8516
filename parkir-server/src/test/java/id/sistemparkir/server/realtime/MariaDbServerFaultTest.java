package id.sistemparkir.server.realtime;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import id.sistemparkir.testing.TcpProxy;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole server with its database behind a TCP proxy (the shared MariaDB service is never stopped): cut or stall
 * the database, and health, writes and status frames must say so quickly; restore it, and everything comes back
 * without a restart.
 */
@ExtendWith(MariaDbAvailability.class)
class MariaDbServerFaultTest {

    private MariaDbTestDatabase schema;
    private TcpProxy proxy;
    private TestServer server;
    private String token;

    @BeforeEach
    void start() throws Exception {
        schema = MariaDbTestDatabase.create();
        MariaDbTestDatabase.Server mariaDb = MariaDbTestDatabase.server();
        proxy = TcpProxy.start(mariaDb.host(), mariaDb.port());
        server = TestServer.start(TestDatabases.mariaDbConfig(schema, proxy.host(), proxy.port()));
        token = server.api().adminToken();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    @ParameterizedTest(name = "database {0}")
    @ValueSource(strings = {"cut", "stalled"})
    void healthWritesAndStatusFramesFollowTheDatabase(String fault) {
        try (WsTestClient lane = WsTestClient.connect(URI.create(server.wsUrl()), token)) {
            lane.awaitFrame(WsTestClient.type("hello"));
            assertThat(server.api().get("/api/v1/health", null).statusCode()).isEqualTo(200);

            long cutAt = System.nanoTime();
            if (fault.equals("cut")) {
                proxy.cut();
            } else {
                proxy.stall();
            }
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> server.api().get("/api/v1/health", null).statusCode() == 503);
            long downAfterMs = (System.nanoTime() - cutAt) / 1_000_000;

            long writeStarted = System.nanoTime();
            HttpResponse<String> write = server.api().post("/api/v1/entries", token, json(entry()));
            long writeMs = (System.nanoTime() - writeStarted) / 1_000_000;
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.body()).contains("database_unavailable");
            assertThat(writeMs)
                    .as("a write while the database is down answers at once")
                    .isLessThan(1_000);
            lane.awaitFrame(f -> "status".equals(f.path("type").asText())
                    && "DOWN".equals(f.path("database").asText()));

            proxy.restore();
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> server.api().get("/api/v1/health", null).statusCode() == 200);
            lane.awaitFrame(f -> "status".equals(f.path("type").asText())
                    && "UP".equals(f.path("database").asText()));
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> server.api()
                                    .post("/api/v1/entries", token, json(entry()))
                                    .statusCode()
                            == 201);
            assertThat(downAfterMs).isLessThan(2_000);
        }
    }

    private static EntryRequest entry() {
        return new EntryRequest(
                UUID.randomUUID(), null, "B 1 FT", VehicleType.MOTOR, "IN1", Instant.now(), false, false);
    }
}
