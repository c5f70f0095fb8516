package id.sistemparkir.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the distributable fat jar as a user would, so a broken shade (missing class, wrong main) fails the build. */
class ParkirJarIT {

    private static final Path JAR = Path.of("target", "parkir.jar");

    private record Result(int exitCode, String stdout, String stderr) {}

    private static Result runJar(String... args) throws IOException, InterruptedException {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // As on a server without a monitor: the window commands must say so instead of failing obscurely.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void versionFromTheJar() throws Exception {
        Result result = runJar("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("parkir 0.1.0");
    }

    @Test
    void feeFromTheJar() throws Exception {
        Result result = runJar(
                "fee", "--type", "MOBIL", "--in", "2026-11-25T08:00:00+07:00", "--out", "2026-11-25T10:30:00+07:00");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("Rp 11.000");
    }

    @Test
    void badTypeFromTheJarExitsNonZero() throws Exception {
        Result result = runJar("fee", "--type", "PESAWAT", "--in", "2026-11-25T08:00:00+07:00", "--out", "x");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("PESAWAT");
    }

    @Test
    void withoutADisplayTheMainMenuSaysSoInOneLineAndPointsToTheServer() throws Exception {
        for (String[] args : new String[][] {{}, {"in"}, {"out"}}) {
            Result result = runJar(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(result.stderr().strip().lines())
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("no display").contains("parkir server"));
        }
    }
}
