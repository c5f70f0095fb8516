package id.sistemparkir.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ParkirCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void printsTheDesignExampleWithItsBreakdown() {
        int exit = run(
                "fee", "--type", "MOBIL", "--in", "2026-11-25T08:00:00+07:00", "--out", "2026-11-25T10:30:00+07:00");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("MOBIL")
                .contains("25-11-2026 08:00:00")
                .contains("Jam pertama")
                .contains("Rp 5.000")
                .contains("Rp 6.000")
                .containsPattern("Total\\s+Rp 11.000");
    }

    @Test
    void jsonOutputCarriesFeeAndLinesThatSumToIt() throws Exception {
        int exit = run(
                "fee",
                "--type",
                "MOBIL",
                "--in",
                "2026-11-25T08:00:00+07:00",
                "--out",
                "2026-11-25T10:30:00+07:00",
                "--lost-ticket",
                "--json");

        assertThat(exit).isZero();
        JsonNode body = Json.mapper().readTree(out.toString());
        assertThat(body.get("fee").asLong()).isEqualTo(61_000);
        long sum = 0;
        for (JsonNode line : body.get("lines")) {
            sum += line.get("amount").asLong();
            assertThat(line.get("description").asText()).isNotBlank();
        }
        assertThat(sum).isEqualTo(61_000);
        assertThat(body.get("entryTime").asText()).isEqualTo("2026-11-25T01:00:00Z");
    }

    @ParameterizedTest
    @CsvSource({
        "MOTOR, 2026-11-25T08:00:00+07:00, 2026-11-25T08:10:00+07:00, 0",
        "motor, 2026-11-25T08:00:00+07:00, 2026-11-25T09:01:00+07:00, 3000",
        "TRUK, 2026-11-25T08:00:00+07:00, 2026-11-26T08:01:00+07:00, 85000",
        "MOBIL, 2026-11-25T08:00:00Z, 2026-11-25T21:00:00Z, 40000",
    })
    void pricesEachClass(String type, String in, String outTime, long expectedFee) throws Exception {
        assertThat(run("fee", "--type", type, "--in", in, "--out", outTime, "--json"))
                .isZero();
        assertThat(Json.mapper().readTree(out.toString()).get("fee").asLong()).isEqualTo(expectedFee);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fee --type BUS --in 2026-11-25T08:00:00+07:00 --out 2026-11-25T09:00:00+07:00 | BUS",
                "fee --type MOBIL --in 2026-11-25T08:00:00 --out 2026-11-25T09:00:00+07:00 | ISO-8601",
                "fee --type MOBIL --in 2026-11-25T10:00:00+07:00 --out 2026-11-25T09:00:00+07:00 | --in 25-11-2026 10:00:00",
                "fee --type MOBIL --in 2026-11-25T08:00:00+07:00 | --out",
                "fee --type MOBIL --in 2026-11-25T08:00:00+07:00 --out 2026-11-25T09:00:00+07:00 --member-discount 150 | 150",
                "fee --type MOBIL --in 2026-11-25T08:00:00+07:00 --out 2026-11-25T09:00:00+07:00 --zone Mars/Base | Mars",
                "nonsense | nonsense",
            })
    void badArgumentsGiveAClearMessageAndExitTwo(String args, String mentioned) {
        int exit = run(args.trim().split("\\s+"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(mentioned);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("parkir 0.");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("fee");
    }
}
