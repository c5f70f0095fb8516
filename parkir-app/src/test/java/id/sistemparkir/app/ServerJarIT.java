package id.sistemparkir.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import id.sistemparkir.testing.TcpProxy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** `parkir server` from the fat jar: starts on the embedded database, and refuses clearly when it cannot. */
class ServerJarIT {

    private static final Path JAR = Path.of("target", "parkir.jar");
    private static final Pattern LISTENING = Pattern.compile("Server listening on (http://\\S+)");

    @TempDir
    Path dataDir;

    private Path stderrFile;

    @org.junit.jupiter.api.BeforeEach
    void stderrFile() throws Exception {
        stderrFile = Files.createTempFile("parkir-server-it-", ".err");
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.add("server");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("PARKIR_ADMIN_PASSWORD");
        builder.environment().remove("PARKIR_DB_URL");
        builder.environment().remove("PARKIR_PORT");
        // Logs go to stderr; a file, unlike an unread pipe, never fills up and stalls the server.
        builder.redirectError(stderrFile.toFile());
        return builder.start();
    }

    @Test
    void startsOnTheEmbeddedDatabaseWithAGeneratedAdminPasswordAndALogFile() throws Exception {
        Process server = start("--port", "0", "--data-dir", dataDir.toString());
        try {
            String baseUrl = awaitListening(server);
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":\"UP\"");
            assertThat(dataDir.resolve("initial-admin-password.txt")).exists();
            assertThat(dataDir.resolve("logs").resolve("server.log")).exists();
            assertThat(Files.readString(dataDir.resolve("logs").resolve("server.log")))
                    .contains("Server listening")
                    .doesNotContain(Files.readString(dataDir.resolve("initial-admin-password.txt"))
                            .trim());
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aTakenPortIsAClearErrorAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Process server = start("--port", String.valueOf(taken.getLocalPort()), "--data-dir", dataDir.toString());

            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).isEqualTo(1);
            assertThat(stderr(server)).contains("is in use");
        }
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorAndExitCodeOne() throws Exception {
        long started = System.nanoTime();
        Process server = start(
                "--port",
                "0",
                "--data-dir",
                dataDir.toString(),
                "--db-url",
                "jdbc:mariadb://127.0.0.1:1/parkir",
                "--db-user",
                "nobody",
                "--wait-for-database",
                "0s");

        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(1);
        assertThat(stderr(server)).contains("cannot start the server").contains("127.0.0.1:1");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(30);
    }

    @Test
    @ExtendWith(MariaDbAvailability.class)
    void aDatabaseThatAnswersOnlyAfterTheStartIsWaitedFor() throws Exception {
        MariaDbTestDatabase.Server mariaDb = MariaDbTestDatabase.server();
        try (MariaDbTestDatabase database = MariaDbTestDatabase.create();
                TcpProxy stillStarting = TcpProxy.start(mariaDb.host(), mariaDb.port())) {
            stillStarting.cut(); // connections are reset, as by a database PC still booting
            List<String> args = new ArrayList<>(List.of(
                    "--port",
                    "0",
                    "--data-dir",
                    dataDir.toString(),
                    "--db-url",
                    database.jdbcUrl("127.0.0.1", stillStarting.port()),
                    "--db-user",
                    database.user(),
                    "--wait-for-database",
                    "60s"));
            if (!database.password().isEmpty()) {
                args.addAll(List.of("--db-password", database.password()));
            }
            Process server = start(args.toArray(String[]::new));
            try {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> Files.readString(stderrFile).contains("does not answer yet"));
                assertThat(server.isAlive()).isTrue();
                stillStarting.restore();

                assertThat(awaitListening(server)).startsWith("http://");
            } finally {
                server.destroy();
                assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private String awaitListening(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("server ended without listening: " + stderr(server));
    }

    private String stderr(Process process) throws Exception {
        process.waitFor(5, TimeUnit.SECONDS);
        return Files.readString(stderrFile);
    }
}
