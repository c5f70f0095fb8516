package id.sistemparkir.server.realtime;

import static id.sistemparkir.server.realtime.FakeAuthenticator.OPERATOR_TOKEN;
import static id.sistemparkir.server.realtime.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.server.db.Database;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health and realtime while the database hangs or vanishes, simulated by a TCP proxy between the server's pool and
 * MariaDB. A second, direct connection plays "another server node" writing events meanwhile.
 */
@ExtendWith(MariaDbAvailability.class)
class MariaDbRealtimeFaultTest {

    private static final Logger log = LoggerFactory.getLogger(MariaDbRealtimeFaultTest.class);
    private static final Duration DOWN_WITHIN = Duration.ofSeconds(2);
    private static final Duration UP_WITHIN = Duration.ofSeconds(5);

    private static MariaDbTestDatabase schema;
    private TcpProxy proxy;
    private Database viaProxy;
    private Database direct;
    private RealtimeTestApp app;

    @BeforeAll
    static void createSchema() {
        schema = MariaDbTestDatabase.create();
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @BeforeEach
    void start() throws IOException {
        MariaDbTestDatabase.Server server = MariaDbTestDatabase.server();
        proxy = TcpProxy.start(server.host(), server.port());
        viaProxy = Database.open(TestDatabases.mariaDbConfig(schema, proxy.host(), proxy.port()));
        direct = Database.open(TestDatabases.mariaDbConfig(schema));
        app = RealtimeTestApp.start(viaProxy);
    }

    @AfterEach
    void stop() {
        proxy.close(); // first: resets whatever still hangs on it
        app.close();
        viaProxy.close();
        direct.close();
    }

    @Test
    void aStalledDatabaseIsDownWithinTwoSecondsEverywhereAndTheStreamResumesAfterRestore() {
        long base = app.eventLog().latestSeq();
        try (WsTestClient client = subscribed(base)) {
            assertThat(app.get("/api/v1/health", null).statusCode()).isEqualTo(200);
            int mark = client.mark();

            proxy.stall();
            long stalledAt = System.nanoTime();
            awaitHealth(503, DOWN_WITHIN);
            Duration down = since(stalledAt);
            client.awaitFrame(mark, status("DOWN"), DOWN_WITHIN);

            // While the database is unreachable for this node: another node commits events, a lane reports in,
            // a new client connects (its hello must not wait on the database).
            List<Long> written = appendDirectly(3);
            app.hub().eventsCommitted();
            client.send("{\"type\":\"station\",\"station\":\"IN-1\",\"app\":\"ParkingOut\",\"pendingOffline\":2}");
            long connectAt = System.nanoTime();
            try (WsTestClient late = WsTestClient.connect(app.wsUri(), OPERATOR_TOKEN)) {
                late.awaitFrame(0, type("hello"), Duration.ofSeconds(1));
                assertThat(since(connectAt)).isLessThan(Duration.ofSeconds(1));
            }
            assertThat(client.eventSeqs()).isEmpty();

            mark = client.mark();
            proxy.restore();
            long restoredAt = System.nanoTime();
            awaitHealth(200, UP_WITHIN);
            Duration up = since(restoredAt);
            client.awaitFrame(mark, status("UP"), UP_WITHIN);

            assertThat(client.awaitEventSeqs(3)).isEqualTo(written);
            await().atMost(UP_WITHIN).until(() -> pendingOfflineInTable("IN-1").equals(Optional.of(2)));
            long live = app.append("vehicle.entered", "{}");
            assertThat(client.awaitEventSeqs(4)).endsWith(live);
            log.info("Stall: health DOWN after {} ms, UP {} ms after restore", down.toMillis(), up.toMillis());
        }
    }

    @Test
    void aVanishedDatabaseIsDownWithinTwoSecondsAndUpAgainWithoutARestart() {
        try (WsTestClient client = subscribed(app.eventLog().latestSeq())) {
            int mark = client.mark();

            proxy.cut();
            long cutAt = System.nanoTime();
            awaitHealth(503, DOWN_WITHIN);
            Duration down = since(cutAt);
            client.awaitFrame(mark, status("DOWN"), DOWN_WITHIN);

            mark = client.mark();
            proxy.restore();
            long restoredAt = System.nanoTime();
            awaitHealth(200, UP_WITHIN);
            Duration up = since(restoredAt);
            client.awaitFrame(mark, status("UP"), UP_WITHIN);

            long seq = app.append("vehicle.exited", "{}");
            assertThat(client.awaitEventSeqs(1)).containsExactly(seq);
            log.info("Cut: health DOWN after {} ms, UP {} ms after restore", down.toMillis(), up.toMillis());
        }
    }

    private WsTestClient subscribed(long since) {
        WsTestClient client = WsTestClient.connect(app.wsUri(), OPERATOR_TOKEN);
        client.awaitFrame(type("hello"));
        client.send("{\"type\":\"subscribe\",\"since\":" + since + "}");
        return client;
    }

    /** Polls the health endpoint; every answer must come fast, whatever the database does. */
    private void awaitHealth(int status, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> {
            long start = System.nanoTime();
            HttpResponse<String> response = app.get("/api/v1/health", null);
            assertThat(since(start)).isLessThan(Duration.ofMillis(500));
            return response.statusCode() == status;
        });
    }

    private List<Long> appendDirectly(int count) {
        EventLog otherNode = new EventLog(direct.jdbi());
        return LongStream.range(0, count)
                .mapToObj(i -> direct.jdbi()
                        .inTransaction(h -> otherNode.append(h, "vehicle.entered", "{\"i\":" + i + "}", Instant.now())))
                .toList();
    }

    private Optional<Integer> pendingOfflineInTable(String code) {
        return direct.jdbi().withHandle(h -> h.createQuery("SELECT pending_offline FROM stations WHERE code = :code")
                .bind("code", code)
                .mapTo(Integer.class)
                .findOne());
    }

    private static Predicate<JsonNode> status(String database) {
        return type("status").and(frame -> database.equals(frame.get("database").asText()));
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
