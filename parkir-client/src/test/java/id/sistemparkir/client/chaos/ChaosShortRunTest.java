package id.sistemparkir.client.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short seeded chaos run of the normal test run (decision 0012): 45 s of faults (one step in four) on MariaDB (required on
 * CI through {@code PARKIR_REQUIRE_MARIADB}), then heal, sync and check. {@code -Dchaos.db=h2} runs it on the embedded
 * database, {@code -Dchaos.seed=N} with another seed.
 */
class ChaosShortRunTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void nothingConfirmedIsLostOrDuplicatedUnderSeededFaults() throws Exception {
        ChaosRun.Result result =
                ChaosReport.runAndCheck(ChaosSettings.fromProperties(7, Duration.ofSeconds(45), 25), tmp);
        assertThat(result.faults()).as("faults injected").isGreaterThanOrEqualTo(5);
    }
}
