package id.sistemparkir.client.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long chaos run, on demand only (docs/reliability.md, "Chaos suite"):
 *
 * <pre>
 * ./mvnw -B -o -pl parkir-client -am test -Dtest=ChaosLongRunTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dchaos.minutes=30 -Dchaos.seed=42 -Dchaos.db=mariadb
 * </pre>
 *
 * Without {@code -Dchaos.minutes} it is skipped (so the normal test run never spends half an hour here). A long run
 * must inject at least 100 faults.
 */
class ChaosLongRunTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 8, unit = TimeUnit.HOURS)
    void aLongSeededRunLosesNothing() throws Exception {
        assumeTrue(
                System.getProperty("chaos.minutes") != null,
                "the long chaos run runs only when asked: -Dtest=ChaosLongRunTest -Dchaos.minutes=30 [-Dchaos.seed=42]"
                        + " [-Dchaos.db=mariadb|h2]");
        ChaosRun.Result result =
                ChaosReport.runAndCheck(ChaosSettings.fromProperties(42, Duration.ofMinutes(30), 10), tmp);
        assertThat(result.faults()).as("faults injected in a long run").isGreaterThanOrEqualTo(100);
    }
}
