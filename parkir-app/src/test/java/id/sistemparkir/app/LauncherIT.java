package id.sistemparkir.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's {@code ./parkir} runs a copy of the jar named by its hash (decision 0024): replacing the jar beside
 * it, as a rebuild or an upgrade does, never touches the file a running process has open.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherIT {

    private static final Path JAR = Path.of("target", "parkir.jar");
    private static final Path LAUNCHER = Path.of("..", "parkir");

    @TempDir
    Path dist;

    @TempDir
    Path cache;

    @Test
    void runsAHashNamedCopyAndAReplacedJarLeavesThatCopyAlone() throws Exception {
        Files.copy(JAR, dist.resolve("parkir.jar"));
        Files.copy(LAUNCHER, dist.resolve("parkir"));
        dist.resolve("parkir").toFile().setExecutable(true);

        assertThat(run("--version")).startsWith("parkir ");
        List<Path> copies = copies();
        assertThat(copies)
                .singleElement()
                .satisfies(copy -> assertThat(copy.getFileName().toString()).matches("parkir-[0-9a-f]{16}\\.jar"));
        byte[] running = Files.readAllBytes(copies.get(0));

        // An upgrade replaces the jar beside the launcher; the copy in use stays as it was.
        Path upgraded = dist.resolve("parkir.jar.new");
        Files.write(upgraded, "not the same jar".getBytes(StandardCharsets.UTF_8));
        Files.move(upgraded, dist.resolve("parkir.jar"), StandardCopyOption.REPLACE_EXISTING);

        assertThat(Files.readAllBytes(copies.get(0))).isEqualTo(running);
        assertThat(running).isEqualTo(Files.readAllBytes(JAR));
    }

    private String run(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Stream.concat(Stream.of(dist.resolve("parkir").toString()), Stream.of(args))
                        .toList());
        builder.environment().put("PARKIR_JAR_CACHE", cache.toString());
        builder.environment()
                .put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private List<Path> copies() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .toList();
        }
    }
}
