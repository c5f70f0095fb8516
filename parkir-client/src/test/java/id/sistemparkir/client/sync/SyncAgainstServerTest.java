package id.sistemparkir.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PendingRecord;
import id.sistemparkir.client.offline.PhotoKind;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.Jpegs;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way: offline files and photos on disk → the sync engine → HTTP → the real server on H2, with a TCP proxy
 * between them to pull the cable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncAgainstServerTest {

    private static final byte[] JPEG = Jpegs.valid(1);

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private TestServer server;
    private TcpProxy proxy;
    private TestApi api;
    private String adminToken;
    private TicketSigner laneSigner;

    @BeforeAll
    void startServer() throws IOException {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        proxy = TcpProxy.start("localhost", server.server().port());
        api = server.api();
        adminToken = api.adminToken();
        laneSigner = TicketSigner.generate();
        HttpResponse<String> enrolled = api.post(
                "/api/v1/ticket-stations",
                adminToken,
                TestApi.json(Map.of(
                        "code",
                        "IN1",
                        "name",
                        "Entry 1",
                        "direction",
                        "IN",
                        "gate",
                        "IN1",
                        "publicKey",
                        Ed25519Keys.encodePublic(laneSigner.publicKey()))));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    }

    @AfterAll
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

    @Test
    void offlineRecordsReachTheServerOnceAndLeaveTheStationClean() throws Exception {
        Clock clock = Clock.systemUTC();
        OfflineStore store = new OfflineStore(dataDir, clock, ZoneId.of("Asia/Jakarta"));
        HttpTestTransport transport =
                new HttpTestTransport("http://127.0.0.1:" + proxy.port(), "admin", TestServer.ADMIN_PASSWORD);
        SyncEngine engine = new SyncEngine(store, transport, dataDir, clock);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        OfflineRecord refused = OfflineRecord.of(new EntryRequest(
                UUID.randomUUID(),
                null,
                "B 0123 XY",
                VehicleType.MOTOR,
                "IN1",
                now.minus(3, ChronoUnit.HOURS),
                true,
                false));
        Instant entryTime = now.minus(2, ChronoUnit.HOURS);
        UUID entryId = UUID.randomUUID();
        String ticket = laneSigner.sign(new TicketData(entryId, "IN1", VehicleType.MOBIL, entryTime));
        OfflineRecord entry = OfflineRecord.of(
                new EntryRequest(entryId, ticket, "B 1234 XYZ", VehicleType.MOBIL, "IN1", entryTime, true, false));
        // The exit lane's clock runs a minute behind: its exit time is before the entry time.
        OfflineRecord exit = OfflineRecord.of(new ExitRequest(
                UUID.randomUUID(),
                ticket,
                null,
                "B 1234 XYZ",
                "OUT1",
                entryTime.minusSeconds(60),
                0,
                0,
                "CASH",
                false,
                true));
        OfflineRecord later = OfflineRecord.of(new EntryRequest(
                UUID.randomUUID(),
                null,
                "D 77 AB",
                VehicleType.MOTOR,
                "IN1",
                now.minus(1, ChronoUnit.HOURS),
                true,
                false));
        for (OfflineRecord record : List.of(refused, entry, exit, later)) {
            store.save(record);
        }
        store.savePhoto(entryId, PhotoKind.MASUK, JPEG);
        store.savePhoto(exit.id(), PhotoKind.KELUAR, JPEG);

        SyncSummary summary = engine.syncAll(update -> {});

        assertThat(summary.created()).as(summary.toString()).isEqualTo(3);
        assertThat(summary.needsAttention()).isEqualTo(1);
        assertThat(store.pending()).isEmpty();
        assertThat(store.needsAttention()).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(refused.id());
            assertThat(record.record().lastError()).contains("HTTP 400", "invalid_plate");
        });
        assertThat(filesUnder(dataDir.resolve("Images"))).isEmpty();
        JsonNode session = TestApi.parse(api.get("/api/v1/tickets/" + ticket, adminToken));
        assertThat(session.get("status").asText()).isEqualTo("EXITED");
        HttpResponse<String> photo = api.get("/api/v1/photos/" + entryId, adminToken);
        assertThat(photo.statusCode()).isEqualTo(200);

        // The same records again (e.g. a copy of the folder restored): already present, nothing doubled.
        store.save(entry);
        store.save(exit);
        transport.forgetToken();
        SyncSummary replay = engine.syncAll(update -> {});

        assertThat(replay.alreadyPresent()).as(replay.toString()).isEqualTo(2);
        assertThat(store.pending()).isEmpty();

        // The cable is pulled: the record stays with its failure; back again: delivered.
        OfflineRecord meanwhile = OfflineRecord.of(new EntryRequest(
                UUID.randomUUID(), null, "F 9 Z", VehicleType.MOTOR, "IN1", now.minusSeconds(30), true, false));
        store.save(meanwhile);
        proxy.cut();
        SyncSummary offline = engine.syncAll(update -> {});
        proxy.restore();

        assertThat(offline.failed()).isEqualTo(1);
        PendingRecord stays = store.pending().get(0);
        assertThat(stays.record().attempts()).isEqualTo(1);
        assertThat(stays.record().lastError()).startsWith("network");

        SyncSummary back = engine.syncAll(update -> {});

        assertThat(back.created()).isEqualTo(1);
        assertThat(store.pending()).isEmpty();
        assertThat(Files.readAllLines(dataDir.resolve("logs/sync.log"))).hasSize(4 + 2 + 1 + 1);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
