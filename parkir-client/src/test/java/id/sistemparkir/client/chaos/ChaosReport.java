package id.sistemparkir.client.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.testing.MariaDbAvailability;
import java.nio.file.Path;

/** Runs a chaos run, prints its one summary line (and what it found), and fails on any loss. */
final class ChaosReport {

    private ChaosReport() {}

    static ChaosRun.Result runAndCheck(ChaosSettings settings, Path dir) throws Exception {
        if (settings.onMariaDb()) {
            MariaDbAvailability.assumeAvailable();
        }
        System.out.println("chaos run: " + settings);
        ChaosRun.Result result = new ChaosRun(settings, dir).run();
        System.out.println("fault sequence (seed " + settings.seed() + "):");
        result.faultLog().forEach(fault -> System.out.println("  " + fault));
        System.out.print(result.verdict().details());
        System.out.println("coverage: " + result.coverage());
        System.out.println(result.line());
        assertThat(result.verdict().clean())
                .as(
                        "chaos run %s found a problem: %s%n%s",
                        settings, result.line(), result.verdict().details())
                .isTrue();
        assertThat(result.transactions()).as("transactions confirmed").isPositive();
        return result;
    }
}
