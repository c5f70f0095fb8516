package id.sistemparkir.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless lane commands from the fat jar, as a script or a hardware integration runs them: an entry while the
 * server is unreachable completes offline and leaves exactly one file; `parkir sync` delivers it and cleans up; a
 * second sync has nothing to do.
 */
class LaneCommandsIT {

    private static final Path JAR = Path.of("target", "parkir.jar");

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private TestServer server;
    private TcpProxy link;

    private record Result(int exitCode, String stdout, String stderr, long millis) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(stdout);
        }
    }

    @BeforeEach
    void start() throws Exception {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        link = TcpProxy.start("127.0.0.1", server.server().port());
        // The entry station's own key, enrolled by an administrator (issue 8): else its tickets are not accepted.
        Result key = parkir("station", "key", "--json");
        assertThat(key.exitCode()).as(key.stderr()).isZero();
        Result enrolled = parkir("station", "enroll", "--name", "Entry 1", "--json");
        assertThat(enrolled.exitCode()).as(enrolled.stderr()).isZero();
        assertThat(enrolled.json().get("keys").get(0).get("keyId").asText())
                .isEqualTo(key.json().get("keyId").asText());
    }

    @AfterEach
    void stop() {
        link.close();
        server.close();
        database.close();
    }

    private Result parkir(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", dataDir.toString(), "--station", "IN1"));
        if (!args[0].equals("outbox")) { // outbox works on the folder alone and has no server options
            command.addAll(List.of("--server", "http://127.0.0.1:" + link.port(), "--user", "admin"));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PARKIR_PASSWORD", TestServer.ADMIN_PASSWORD);
        Path err = Files.createTempFile("parkir-lane-it-", ".err");
        builder.redirectError(err.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(),
                stdout,
                Files.readString(err),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private long offlineFiles() throws Exception {
        Path dir = dataDir.resolve("offline_data");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(
                            f -> f.getFileName().toString().matches("parking_entry_\\d{8}_\\d{6}_[0-9a-f-]{36}\\.json"))
                    .count();
        }
    }

    @Test
    void entryOfflineThenSyncThenNothingLeft() throws Exception {
        Result online = parkir("entry", "--plate", "B 1234 CLI", "--type", "MOBIL", "--json");
        assertThat(online.exitCode()).as(online.stderr()).isZero();
        assertThat(online.json().get("offline").asBoolean()).isFalse();

        link.cut();
        Result offline = parkir("entry", "--plate", "B 5678 CLI", "--type", "MOTOR", "--json");
        assertThat(offline.exitCode()).as(offline.stderr()).isZero();
        assertThat(offline.json().get("offline").asBoolean()).isTrue();
        assertThat(offline.json().get("ticketCode").asText()).startsWith("T2");
        assertThat(offline.millis()).as("JVM start included").isLessThan(15_000);
        assertThat(offlineFiles()).isEqualTo(1);
        assertThat(Files.list(dataDir.resolve("Images").resolve("Masuk")).count())
                .isEqualTo(1);
        Result outbox = parkir("outbox", "--json");
        assertThat(outbox.json().get("pending")).hasSize(1);

        link.restore();
        Result sync = parkir("sync", "--json");
        assertThat(sync.exitCode()).as(sync.stderr()).isZero();
        assertThat(sync.json().get("created").asInt()).isEqualTo(1);
        assertThat(offlineFiles()).isZero();

        Result again = parkir("sync", "--json");
        assertThat(again.exitCode()).isZero();
        assertThat(again.json().get("created").asInt()
                        + again.json().get("alreadyPresent").asInt())
                .isZero();

        Result exit =
                parkir("exit", "--ticket", offline.json().get("ticketCode").asText(), "--json");
        assertThat(exit.exitCode()).as(exit.stderr()).isZero();
        assertThat(exit.json().get("fee").asLong()).isZero(); // inside the 10-minute grace period
        assertThat(exit.json().get("offline").asBoolean()).isFalse();
    }

    @Test
    void aForgedTicketIsRefusedAtTheExit() throws Exception {
        assertThat(parkir("entry", "--plate", "B 1 F", "--type", "MOBIL", "--json")
                        .exitCode())
                .isZero();

        Result forged =
                parkir("exit", "--ticket", "T1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-AAAAAAAAAAAAAAAA", "--json");

        assertThat(forged.exitCode()).isEqualTo(3);
        // With --json the refusal is a JSON object on stdout, like every result.
        assertThat(forged.json().get("error").asText()).isEqualTo("invalid_ticket");
        assertThat(forged.json().get("exitCode").asInt()).isEqualTo(3);
    }
}
