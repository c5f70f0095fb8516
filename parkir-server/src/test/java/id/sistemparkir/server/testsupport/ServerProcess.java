package id.sistemparkir.server.testsupport;

import id.sistemparkir.server.db.DatabaseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real server in a separate JVM ({@link ServerMain}, the test classpath), so that a test can kill it the hard way:
 * {@link #kill()} is {@code SIGKILL} on Linux ({@link Process#destroyForcibly()}), no shutdown hook, no flush.
 * Start another on the same data dir or database to see what survived. Output goes to {@code server.out} in the data
 * dir (shown by {@link #output()} when a test fails).
 */
public final class ServerProcess implements AutoCloseable {

    /** Starting a JVM and migrating a database on a loaded CI machine. */
    public static final Duration START_PATIENCE = Duration.ofSeconds(120);

    private final Process process;
    private final Path output;
    private final int port;
    private final TestApi api;

    private ServerProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.api = new TestApi("http://localhost:" + port);
    }

    /** On the embedded H2 database under {@code dataDir}. */
    public static ServerProcess startEmbedded(Path dataDir) {
        return start(dataDir, null);
    }

    /** On {@code database} (null: the embedded one under {@code dataDir}). */
    public static ServerProcess start(Path dataDir, DatabaseConfig database) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                testClasspath(),
                ServerMain.class.getName(),
                dataDir.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder();
        if (database != null) {
            command.add(database.jdbcUrl());
            command.add(database.user());
            builder.environment().put("PARKIR_DB_PASSWORD", database.password());
        }
        Path output = dataDir.resolve("server-" + System.nanoTime() + ".out");
        try {
            Files.createDirectories(dataDir);
            Process process = builder.command(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            return new ServerProcess(process, output, awaitPort(process, output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int awaitPort(Process process, Path output) throws IOException {
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (line.startsWith(ServerMain.LISTENING)) {
                    return Integer.parseInt(
                            line.substring(ServerMain.LISTENING.length()).trim());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server process ended (" + process.exitValue() + "):\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server process did not start within " + START_PATIENCE + ":\n"
                + Files.readString(output, StandardCharsets.UTF_8));
    }

    /**
     * The test JVM's own classpath. Surefire runs tests from a manifest-only jar and sets {@code java.class.path} to
     * the real classpath in the forked JVM; its {@code surefire.test.class.path} says the same.
     */
    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    public int port() {
        return port;
    }

    /** The server JVM's process id (for /proc readings in parkir-bench). */
    public long pid() {
        return process.pid();
    }

    public TestApi api() {
        return api;
    }

    /** SIGKILL, and wait until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the killed server process is still there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the process printed (its log), for a failure message. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
