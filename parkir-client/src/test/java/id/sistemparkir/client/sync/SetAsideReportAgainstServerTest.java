package id.sistemparkir.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record set aside on the lane reaches the back office's sync log through the next sync, with the product's
 * transport (login with a station) against the real server on H2; a report that cannot get through (cable pulled) is
 * sent by the sync after, and a reported record is never sent again.
 */
class SetAsideReportAgainstServerTest {

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private TestServer server;
    private TcpProxy proxy;
    private TestApi api;
    private String adminToken;

    @BeforeEach
    void startServer() throws IOException {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        proxy = TcpProxy.start("localhost", server.server().port());
        api = server.api();
        adminToken = api.adminToken();
    }

    @AfterEach
    void stopServer() {
        if (proxy != null) {
            proxy.close();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private JsonNode setAsideLines() {
        return TestApi.parse(api.get("/api/v1/sync-log?outcome=SET_ASIDE", adminToken))
                .get("items");
    }

    @Test
    void theNextSyncReportsASetAsideRecordOnceAndRetriesWhenTheServerCannotBeReached() throws IOException {
        Clock clock = Clock.systemUTC();
        OfflineStore store = new OfflineStore(dataDir, clock, ZoneId.of("Asia/Jakarta"));
        AuthSession session = new AuthSession(
                new ServerApi(ServerEndpoint.of("http://127.0.0.1:" + proxy.port())),
                "admin",
                TestServer.ADMIN_PASSWORD,
                "IN-ASIDE");
        assertThat(session.login().isOk()).isTrue();
        SyncEngine engine = new SyncEngine(store, new ApiSyncTransport(session), dataDir, clock);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // A plate the server refuses for good: it lands in needs-attention.
        OfflineRecord refused = OfflineRecord.of(new EntryRequest(
                UUID.randomUUID(),
                null,
                "B 0123 XY",
                VehicleType.MOTOR,
                "IN1",
                now.minus(3, ChronoUnit.HOURS),
                true,
                false));
        store.save(refused);
        engine.syncAll();
        assertThat(store.needsAttention()).hasSize(1);

        store.setAside(refused.id(), "Plat salah ketik, dicatat manual <ok>");
        proxy.cut();
        engine.syncAll();
        proxy.restore();

        assertThat(setAsideLines()).isEmpty();
        assertThat(store.unreportedSetAside()).hasSize(1);

        engine.syncAll();

        JsonNode lines = setAsideLines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("recordId").asText()).isEqualTo(refused.id().toString());
        assertThat(lines.get(0).get("kind").asText()).isEqualTo("entry");
        assertThat(lines.get(0).get("station").asText()).isEqualTo("IN-ASIDE");
        // The person's reason (its angle brackets turned into spaces), then the server's refusal.
        assertThat(lines.get(0).get("message").asText())
                .startsWith("Plat salah ketik, dicatat manual ok (refused by the server:")
                .contains("invalid_plate")
                .doesNotContain("<", ">");
        assertThat(store.unreportedSetAside()).isEmpty();

        // Reported: the next sync sends nothing; the record is still read as set aside, nothing was moved to rejected.
        engine.syncAll();
        assertThat(setAsideLines()).hasSize(1);
        assertThat(store.setAsideRecords()).singleElement().satisfies(r -> assertThat(r.id())
                .isEqualTo(refused.id()));
        assertThat(filesUnder(dataDir.resolve(OfflineStore.OFFLINE_DATA).resolve(OfflineStore.REJECTED)))
                .isEmpty();
    }

    private static java.util.List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
