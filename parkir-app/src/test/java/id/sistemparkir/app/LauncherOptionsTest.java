package id.sistemparkir.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code ./parkir} passes: {@code parkir server} gets an explicit heap, other commands the JVM's
 * defaults, and {@code PARKIR_JAVA_OPTS} replaces either. A {@code java} on the PATH that prints its arguments stands in
 * for the JVM, so no jar is built or run.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherOptionsTest {

    private static final Path LAUNCHER = Path.of("..", "parkir");

    @TempDir
    Path dist;

    @TempDir
    Path bin;

    @TempDir
    Path cache;

    @Test
    void theServerGetsAnExplicitHeapOtherCommandsDoNot() throws Exception {
        assertThat(javaArguments(null, "server", "--port", "8181"))
                .startsWith("-Xmx256m -XX:TieredStopAtLevel=1 -jar ")
                .endsWith(" server --port 8181");
        assertThat(javaArguments(null, "in", "--station", "IN1"))
                .startsWith("-jar ")
                .endsWith(" in --station IN1");
        assertThat(javaArguments(null)).startsWith("-jar ").doesNotContain("-Xmx");
    }

    @Test
    void parkirJavaOptsReplacesTheDefaultsEvenWhenEmpty() throws Exception {
        assertThat(javaArguments("-Xmx512m", "server"))
                .startsWith("-Xmx512m -jar ")
                .doesNotContain("256m");
        assertThat(javaArguments("", "server")).startsWith("-jar ").doesNotContain("-Xmx");
        assertThat(javaArguments("-Xmx64m", "out")).startsWith("-Xmx64m -jar ");
    }

    /** What the launcher ran {@code java} with, on one line. */
    private String javaArguments(String javaOpts, String... args) throws Exception {
        Files.writeString(dist.resolve("parkir.jar"), "stands in for the jar");
        Files.copy(LAUNCHER, dist.resolve("parkir"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        dist.resolve("parkir").toFile().setExecutable(true);
        Path fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"$@\"\n");
        fakeJava.toFile().setExecutable(true);

        ProcessBuilder builder = new ProcessBuilder(
                Stream.concat(Stream.of(dist.resolve("parkir").toString()), Stream.of(args))
                        .toList());
        Map<String, String> env = builder.environment();
        env.put("PARKIR_JAR_CACHE", cache.toString());
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.remove("PARKIR_JAVA_OPTS");
        if (javaOpts != null) {
            env.put("PARKIR_JAVA_OPTS", javaOpts);
        }
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.strip();
    }
}
