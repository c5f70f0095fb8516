package id.sistemparkir.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.Jpegs;
import id.sistemparkir.server.testsupport.TestServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hostile files in a lane's offline store, run through a real sync against the real server (issue 9, "Keep the
 * table"): each is moved aside to {@code rejected/} with a reason that never quotes its content, nothing of it
 * reaches the database, a good record beside it still goes through, and the server stays healthy. Prints {@code
 * cases=N passed=N}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileOfflineFilesContract {

    private static final Logger log = LoggerFactory.getLogger(HostileOfflineFilesContract.class);

    /** Text put into hostile files: no reason, log line or answer may ever show it. */
    static final String MARKER = "CONTENT-MARKER-7f3a";

    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final List<String> TABLES = List.of("parking_sessions", "request_ids", "pending_exits", "photos");

    private TestDatabase database;
    private TestServer server;
    private Path outside;
    private final AtomicInteger run = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();

    protected abstract TestDatabase createDatabase();

    /** One hostile file (or link) put into a fresh data dir, and whether a photo link is what is tested. */
    record HostileFile(String name, Planter planter, boolean photoLink) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Planter {
        /** Plants the hostile entry in {@code offline}; returns its file name. */
        String plant(Path offline, Path outside) throws IOException;
    }

    @BeforeAll
    void start() throws IOException {
        database = createDatabase();
        server = TestServer.start(database.config());
        outside = Files.createTempDirectory("parkir-outside-");
        Files.writeString(outside.resolve("secret.txt"), "root:x:0:0:" + MARKER + "\n");
    }

    @AfterAll
    void stop() {
        String line = "hostile-offline-files [" + (database == null ? "?" : database.label()) + "]: cases=" + run.get()
                + " passed=" + passed.get();
        log.info(line);
        System.out.println(line);
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    static Stream<HostileFile> files() {
        List<HostileFile> files = new ArrayList<>();
        UUID id = UUID.randomUUID();
        files.add(file(
                "truncated JSON",
                (dir, out) -> write(dir, entryName(id), "{\"schema\":1,\"kind\":\"entry\",\"" + MARKER)));
        files.add(file("empty file", (dir, out) -> write(dir, entryName(id), "")));
        files.add(
                file("binary garbage", (dir, out) -> write(dir, entryName(id), "\u0000\u001b[2J" + MARKER + "\uFFFD")));
        files.add(file("JSON array", (dir, out) -> write(dir, entryName(id), "[\"" + MARKER + "\"]")));
        files.add(file(
                "schema 2",
                (dir, out) -> write(dir, entryName(id), entryJson(id).replace("\"schema\":1", "\"schema\":2"))));
        files.add(file(
                "unknown kind",
                (dir, out) -> write(
                        dir,
                        entryName(id),
                        entryJson(id).replace("\"kind\":\"entry\"", "\"kind\":\"" + MARKER + "\""))));
        files.add(file(
                "unknown field",
                (dir, out) -> write(dir, entryName(id), entryJson(id).replace("{", "{\"" + MARKER + "\":1,"))));
        files.add(file(
                "plate of the wrong type",
                (dir, out) -> write(
                        dir, entryName(id), entryJson(id).replace("\"B 1234 XYZ\"", "{\"x\":\"" + MARKER + "\"}"))));
        files.add(file(
                "negative attempts",
                (dir, out) -> write(dir, entryName(id), entryJson(id).replace("\"attempts\":0", "\"attempts\":-1"))));
        files.add(file(
                "non-UUID id in the name",
                (dir, out) -> write(dir, "parking_entry_20261201_080000_not-a-uuid.json", entryJson(id))));
        files.add(file(
                "traversal id in the name",
                (dir, out) -> write(dir, "parking_entry_20261201_080000_..%2F..%2Fetc%2Fpasswd.json", entryJson(id))));
        files.add(file(
                "upper-case id in the name",
                (dir, out) -> write(
                        dir, "parking_entry_20261201_080000_" + id.toString().toUpperCase() + ".json", entryJson(id))));
        files.add(file(
                "body id differs from the file name",
                (dir, out) -> write(dir, entryName(UUID.randomUUID()), entryJson(id))));
        files.add(file(
                "kind differs from the file name",
                (dir, out) -> write(dir, "parking_exit_20261201_080000_" + id + ".json", entryJson(id))));
        files.add(file("50 MB file", (dir, out) -> {
            String name = entryName(id);
            try (RandomAccessFile big = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
                big.write(entryJson(id).getBytes(StandardCharsets.UTF_8));
                big.setLength(50L * 1024 * 1024);
            }
            return name;
        }));
        files.add(file(
                "hostile plate",
                (dir, out) -> write(
                        dir,
                        entryName(id),
                        entryJson(id).replace("B 1234 XYZ", "B 1\\u0000\\u001b[2J'; DROP TABLE parking_sessions;--"))));
        files.add(file(
                "200 KB gate",
                (dir, out) -> write(
                        dir, entryName(id), entryJson(id).replace("\"IN1\"", "\"" + "G".repeat(200_000) + "\""))));
        files.add(file(
                "markup in the ticket code",
                (dir, out) -> write(
                        dir,
                        entryName(id),
                        entryJson(id).replaceFirst("\\{", "{\"ticketCode\":\"<script>" + MARKER + "</script>\","))));
        files.add(file(
                "hostile payment method",
                (dir, out) -> write(
                        dir,
                        exitName(id),
                        exitJson(id).replace("\"CASH\"", "\"CASH'; DELETE FROM parking_sessions;--\""))));
        files.add(file("symlink to a valid record outside", (dir, out) -> {
            Path record = out.resolve(id + ".json");
            Files.writeString(record, entryJson(id));
            String name = entryName(id);
            Files.createSymbolicLink(dir.resolve(name), record);
            return name;
        }));
        files.add(file("symlink to a secret outside", (dir, out) -> {
            String name = entryName(id);
            Files.createSymbolicLink(dir.resolve(name), out.resolve("secret.txt"));
            return name;
        }));
        files.add(file("dangling symlink", (dir, out) -> {
            String name = entryName(id);
            Files.createSymbolicLink(dir.resolve(name), out.resolve("missing.json"));
            return name;
        }));
        files.add(file("folder named like a record", (dir, out) -> {
            String name = entryName(id);
            Files.createDirectories(dir.resolve(name).resolve("inner"));
            return null; // a folder is left where it is; nothing to move
        }));
        files.add(new HostileFile(
                "photo symlink to a JPEG outside",
                (dir, out) -> {
                    Path jpeg = out.resolve("outside.jpg");
                    Files.write(jpeg, Jpegs.valid(42));
                    return "photo";
                },
                true));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isMovedAsideNeverSentAndNeverQuoted(HostileFile hostile) throws Exception {
        run.incrementAndGet();
        Path dataDir = Files.createTempDirectory("parkir-hostile-lane-");
        Path offline = Files.createDirectories(dataDir.resolve(OfflineStore.OFFLINE_DATA));
        Clock clock = Clock.systemUTC();
        OfflineStore store = new OfflineStore(dataDir, clock, ZONE);
        // A good record beside the hostile one: the queue goes on.
        UUID good = UUID.randomUUID();
        store.save(OfflineRecord.of(entry(good)));
        String planted;
        if (hostile.photoLink()) {
            hostile.planter().plant(offline, outside);
            Path photos = Files.createDirectories(dataDir.resolve("Images").resolve("Masuk"));
            Files.createSymbolicLink(photos.resolve(good + ".jpg"), outside.resolve("outside.jpg"));
            planted = good + ".jpg";
        } else {
            planted = hostile.planter().plant(offline, outside);
        }
        List<Long> before = counts();

        HttpTestTransport transport = new HttpTestTransport(server.baseUrl(), "admin", TestServer.ADMIN_PASSWORD);
        SyncSummary summary = new SyncEngine(store, transport, dataDir, clock).syncAll(update -> {});

        assertThat(summary.created()).as("the good record").isEqualTo(1);
        assertThat(summary.failed() + summary.needsAttention())
                .as(summary.toString())
                .isZero();
        List<Long> after = counts();
        assertThat(after.get(0)).as("one session: the good one").isEqualTo(before.get(0) + 1);
        assertThat(after.get(2)).as("no pending exit").isEqualTo(before.get(2));
        assertThat(after.get(3)).as("no photo uploaded").isEqualTo(before.get(3));
        if (planted != null) {
            Path rejected = offline.resolve(OfflineStore.REJECTED);
            assertThat(Files.exists(rejected.resolve(planted), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .as("moved aside as it is")
                    .isTrue();
            String reason = Files.readString(rejected.resolve(planted + ".reason"));
            assertClean(reason);
        }
        try (Stream<Path> left = Files.list(offline)) {
            assertThat(left.filter(p -> !p.getFileName().toString().startsWith(".")) // the sync lock
                            .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                                    || Files.isSymbolicLink(p))
                            .map(p -> p.getFileName().toString())
                            .toList())
                    .as("nothing hostile left to be read again")
                    .isEmpty();
        }
        Path syncLog = dataDir.resolve("logs").resolve("sync.log");
        if (Files.exists(syncLog)) {
            assertClean(Files.readString(syncLog));
        }
        long start = System.nanoTime();
        HttpResponse<String> health = server.api().get("/api/v1/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        passed.incrementAndGet();
    }

    private static void assertClean(String text) {
        assertThat(text).doesNotContain(MARKER, "root:x", "\u0000", "\u001b", "GGGGGGGGGGGGGGGGGGGGGGGGGGGGGG");
        assertThat(text.length()).isLessThan(4096);
    }

    private List<Long> counts() {
        return database.jdbi().withHandle(h -> TABLES.stream()
                .map(table -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class)
                        .one())
                .toList());
    }

    private static HostileFile file(String name, Planter planter) {
        return new HostileFile(name, planter, false);
    }

    private static String write(Path dir, String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
        return name;
    }

    private static Instant now() {
        return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    static String entryName(UUID id) {
        return "parking_entry_" + NAME_TIME.format(now().atZone(ZONE)) + "_" + id + ".json";
    }

    static String exitName(UUID id) {
        return "parking_exit_" + NAME_TIME.format(now().atZone(ZONE)) + "_" + id + ".json";
    }

    static EntryRequest entry(UUID id) {
        return new EntryRequest(id, null, "B 1234 XYZ", VehicleType.MOBIL, "IN1", now().minusSeconds(60), true, false);
    }

    static String entryJson(UUID id) throws IOException {
        return Json.mapper().writeValueAsString(OfflineRecord.of(entry(id)));
    }

    static String exitJson(UUID id) throws IOException {
        ExitRequest exit = new ExitRequest(id, null, UUID.randomUUID(), null, "OUT1", now(), 0, 0, "CASH", false, true);
        return Json.mapper().writeValueAsString(OfflineRecord.of(exit));
    }
}
