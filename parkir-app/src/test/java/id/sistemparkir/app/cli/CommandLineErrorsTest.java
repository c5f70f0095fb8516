package id.sistemparkir.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.client.i18n.BundleCheck;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.sync.SyncOutcome;
import id.sistemparkir.client.sync.SyncProgress;
import id.sistemparkir.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, items 8–12: short errors that name the problem, one language, JSON errors, help that keeps tokens whole. */
class CommandLineErrorsTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ParkirCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void anUnknownOptionIsNamedEvenWhenARequiredOneIsMissingAndNoUsageIsDumped() {
        int exit = run("entry", "--lang", "en", "--plat", "B 1234 XYZ", "--type", "MOBIL");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("parkir: unknown option '--plat' (did you mean --plate?)")
                .contains("See 'parkir entry --help'.")
                .doesNotContain("Usage:");
        assertThat(err.toString().lines()).hasSize(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMalformedAmountSaysItIsNotAnAmountInTheChosenLanguage() {
        assertThat(run("exit", "--lang", "en", "--ticket", "IN1-X", "--paid", "abc"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("parkir: --paid: 'abc' is not an amount");

        err.getBuffer().setLength(0);
        assertThat(run("exit", "--lang", "id", "--ticket", "IN1-X", "--paid", "abc"))
                .isEqualTo(2);
        assertThat(err.toString())
                .startsWith("parkir: --paid: 'abc' bukan jumlah uang")
                .contains("Lihat 'parkir exit --help'.");
    }

    @Test
    void anUnknownVehicleClassListsTheClasses() {
        assertThat(run("entry", "--lang", "en", "--plate", "B 1234 XYZ", "--type", "BUS"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("parkir: --type: 'BUS' is not one of MOTOR, MOBIL, TRUK");
    }

    @Test
    void withJsonAnErrorIsAJsonObjectOnStdoutWithItsExitCode() throws Exception {
        int exit = run("entry", "--json", "--plat", "B 1234 XYZ", "--type", "MOBIL");

        assertThat(exit).isEqualTo(2);
        JsonNode error = Json.mapper().readTree(out.toString());
        assertThat(error.get("error").asText()).isEqualTo("usage");
        assertThat(error.get("message").asText()).contains("--plat");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void outboxShowsOnlyTheOptionsItUses() {
        assertThat(run("outbox", "--help")).isZero();

        assertThat(out.toString())
                .contains("--set-aside", "--reason", "--retry-attention", "--data-dir", "--json", "--lang")
                .doesNotContain("--server", "--user", "--password", "--gate");
    }

    @Test
    void setAsideNeedsAReasonAndAKnownRecordAndChangesNothingOtherwise() throws Exception {
        String dir = dataDir.toString();

        assertThat(run("outbox", "--lang", "en", "--data-dir", dir, "--set-aside", "x.json"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--set-aside needs --reason TEXT");
        err.getBuffer().setLength(0);
        assertThat(run("outbox", "--lang", "en", "--data-dir", dir, "--set-aside", "x.json", "--reason", "why"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no record that needs attention is called 'x.json'");
        assertThat(Files.exists(dataDir.resolve("offline_data")
                        .resolve("needs-attention")
                        .resolve("set-aside")))
                .isFalse();
    }

    @Test
    void outboxNamesItsDataFolder() {
        assertThat(run("outbox", "--lang", "en", "--data-dir", dataDir.toString()))
                .isZero();

        assertThat(out.toString())
                .startsWith("Data folder: " + dataDir.toAbsolutePath())
                .contains("Offline records waiting to be synchronised: 0");
    }

    @Test
    void helpNeverBreaksAnExampleTime() {
        assertThat(run("fee", "--help")).isZero();

        assertThat(out.toString()).contains("2026-11-25T08:00:00+07:00");
    }

    @Test
    void syncProgressShowsPlateAndLocalTimeNotTheRecordId() {
        UUID id = UUID.randomUUID();
        LaneText.use("en", java.util.Map.of());
        String line = SyncCommand.progressLine(
                new SyncProgress(
                        3,
                        80,
                        id,
                        "entry",
                        "B1234XYZ",
                        Instant.parse("2026-11-25T01:15:00Z"),
                        SyncOutcome.CREATED,
                        "created",
                        Message.of("sync.created")),
                ZoneId.of("Asia/Jakarta"));

        assertThat(line)
                .isEqualTo("[3/80] entry B1234XYZ 25-11-2026 08:15:00: Sent")
                .doesNotContain(id.toString());
    }

    @Test
    void feeWithTheExitBeforeTheEntryShowsBothTimesInTheGivenZone() {
        LaneText.use("en", java.util.Map.of());
        int exit = run(
                "fee", "--type", "MOBIL", "--in", "2026-11-25T08:00:00+07:00", "--out", "2026-11-25T07:00:00+07:00");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("--out 25-11-2026 07:00:00 Asia/Jakarta is before --in 25-11-2026 08:00:00 Asia/Jakarta")
                .doesNotContain("lane clock")
                .doesNotContain("Z ");
    }

    @Test
    void theCliBundleHasEveryKeyInBothLanguages() {
        assertThat(BundleCheck.problems("i18n/cli")).isEmpty();
    }
}
