package id.sistemparkir.app.cli;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.i18n.BundleCheck;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.testsupport.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parkir restore}: backup, change, restore — the data is as it was at the backup. */
class RestoreCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aRestoredDatabaseHoldsTheDataOfTheBackupAndNothingLater() {
        String backup;
        try (TestServer server = start()) {
            String token = server.api().adminToken();
            enter(server, token, "B 1 BAK");
            var made = server.api().post("/api/v1/backups", token, "{}");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            backup = parse(made).get("name").asText();
            enter(server, token, "B 2 BAK");
            assertThat(plates(server, token)).isEqualTo(2);

            assertThat(run("restore", "--data-dir", dataDir.toString(), backup)).isEqualTo(1);
            assertThat(err.toString()).contains("sedang dipakai");
        }

        assertThat(run("restore", "--list", "--data-dir", dataDir.toString())).isZero();
        assertThat(out.toString()).contains(backup);
        assertThat(run("restore", "--data-dir", dataDir.toString(), backup))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Database dipulihkan dari " + backup);

        try (TestServer server = start()) {
            String token = server.api().adminToken();
            var sessions = parse(server.api().get("/api/v1/sessions?plate=B", token));
            assertThat(sessions.get("total").asLong()).isEqualTo(1);
            assertThat(sessions.get("items").get(0).get("plate").asText()).isEqualTo("B1BAK");
        }
    }

    @Test
    void anUnknownBackupOrAFileThatIsNoBackupIsRefusedAndChangesNothing() throws Exception {
        java.nio.file.Files.writeString(dataDir.resolve("notes.zip"), "not a zip");

        assertThat(run("restore", "--data-dir", dataDir.toString(), "parkir-backup-20260101T000000000Z.zip"))
                .isEqualTo(1);
        assertThat(run(
                        "restore",
                        "--lang",
                        "en",
                        "--data-dir",
                        dataDir.toString(),
                        dataDir.resolve("notes.zip").toString()))
                .isEqualTo(1);

        assertThat(err.toString()).contains("tidak ada").contains("is not a readable zip file");
        assertThat(dataDir.resolve("db")).doesNotExist();
    }

    @Test
    void theMessagesExistInBothLanguages() {
        assertThat(BundleCheck.problems("i18n/backup")).isEmpty();
    }

    private TestServer start() {
        ServerConfig config =
                ServerConfig.of(0, DatabaseConfig.embeddedH2(dataDir), dataDir, Optional.of(TestServer.ADMIN_PASSWORD));
        return TestServer.start(config, Clock.systemUTC());
    }

    private static void enter(TestServer server, String token, String plate) {
        var response = server.api()
                .post(
                        "/api/v1/entries",
                        token,
                        json(new EntryRequest(
                                UUID.randomUUID(),
                                null,
                                plate,
                                VehicleType.MOBIL,
                                "IN1",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                                false,
                                false)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static long plates(TestServer server, String token) {
        return parse(server.api().get("/api/v1/sessions?plate=B", token))
                .get("total")
                .asLong();
    }

    private int run(String... args) {
        return ParkirCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }
}
