package id.sistemparkir.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.sistemparkir.server.ServerStartException;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.Database;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The initial admin on a fresh database, run on H2 and MariaDB; every test gets a database without users. */
abstract class InitialAdminContract {

    @TempDir
    Path tempDir;

    private TestDatabase database;
    private Jdbi jdbi;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger rootLogger = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void openDatabase() {
        database = createDatabase();
        jdbi = database.jdbi();
        logs.start();
        rootLogger.addAppender(logs);
    }

    @AfterEach
    void closeDatabase() {
        rootLogger.detachAppender(logs);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aConfiguredPasswordCreatesTheAdminAndWritesNoFile() {
        ServerConfig config = TestServer.config(database.config());

        try (TestServer server = TestServer.start(config, Clock.systemUTC())) {
            server.api().adminToken();
        }

        assertThat(config.dataDir().resolve(InitialAdmin.PASSWORD_FILE)).doesNotExist();
        assertThat(users()).containsExactly("admin ADMIN true");
        assertThat(initialAdminWarnings()).isEmpty();
        assertThat(logs.list).noneMatch(event -> event.getFormattedMessage().contains(TestServer.ADMIN_PASSWORD));
    }

    @Test
    void withoutAPasswordItGeneratesOneIntoAnOwnerOnlyFileAndARestartKeepsIt() throws IOException {
        Path dataDir = tempDir.resolve("data");
        ServerConfig config = ServerConfig.of(0, database.config(), dataDir, Optional.empty())
                .withStatusInterval(Duration.ofSeconds(1));
        Path file = dataDir.resolve(InitialAdmin.PASSWORD_FILE);

        String password;
        try (TestServer server = TestServer.start(config, Clock.systemUTC())) {
            assertThat(file).isRegularFile();
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
            }
            password = Files.readString(file).strip();
            assertThat(password).hasSize(InitialAdmin.GENERATED_LENGTH).matches("[A-Za-z0-9]+");
            server.api().login("admin", password);
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(initialAdminWarnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains(file.toAbsolutePath().toString())
                .contains("change the password"));
        assertThat(logs.list).noneMatch(event -> event.getFormattedMessage().contains(password));

        try (TestServer restarted = TestServer.start(config, Clock.systemUTC())) {
            restarted.api().login("admin", password);
        }
        assertThat(users()).containsExactly("admin ADMIN true");
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(initialAdminWarnings()).hasSize(1);
    }

    @Test
    void aConfiguredPasswordThatBreaksTheRulesStopsTheStartWithAClearMessage() {
        ServerConfig config = TestServer.config(database.config());
        ServerConfig weak = ServerConfig.of(0, database.config(), config.dataDir(), Optional.of("admin"))
                .withStatusInterval(Duration.ofSeconds(1));

        assertThatThrownBy(() -> TestServer.start(weak, Clock.systemUTC()))
                .isInstanceOf(ServerStartException.class)
                .hasMessageContaining("PARKIR_ADMIN_PASSWORD");

        assertThat(users()).isEmpty();
    }

    @Test
    void twoNodesStartingAtOnceOnOneDatabaseCreateOneAdmin() throws Exception {
        PasswordHasher hasher = new PasswordHasher(new SecureRandom());
        try (Database secondNode = Database.open(database.config())) {
            List<Jdbi> nodes = List.of(jdbi, secondNode.jdbi());
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 4; round++) {
                    jdbi.useHandle(h -> {
                        h.execute("DELETE FROM audit_log");
                        h.execute("DELETE FROM users");
                    });
                    List<Path> dataDirs =
                            List.of(tempDir.resolve("node-a-" + round), tempDir.resolve("node-b-" + round));
                    CyclicBarrier barrier = new CyclicBarrier(2);
                    List<Future<Boolean>> created = new ArrayList<>();
                    for (int node = 0; node < 2; node++) {
                        InitialAdmin initialAdmin = new InitialAdmin(
                                nodes.get(node), new UserRepository(), hasher, new SecureRandom(), Clock.systemUTC());
                        Path dataDir = dataDirs.get(node);
                        created.add(threads.submit(() -> {
                            barrier.await();
                            return initialAdmin.ensure(Optional.empty(), dataDir);
                        }));
                    }
                    List<Boolean> results = new ArrayList<>();
                    for (Future<Boolean> result : created) {
                        results.add(result.get(30, TimeUnit.SECONDS));
                    }

                    assertThat(results).as("round " + round).containsExactlyInAnyOrder(true, false);
                    assertThat(users()).containsExactly("admin ADMIN true");
                    Path winner = dataDirs.get(results.indexOf(true)).resolve(InitialAdmin.PASSWORD_FILE);
                    Path loser = dataDirs.get(results.indexOf(false)).resolve(InitialAdmin.PASSWORD_FILE);
                    assertThat(loser).doesNotExist();
                    String storedHash = jdbi.withHandle(
                            h -> h.createQuery("SELECT password_hash FROM users WHERE username = 'admin'")
                                    .mapTo(String.class)
                                    .one());
                    assertThat(hasher.verify(Files.readString(winner).strip(), storedHash))
                            .as("the file holds the password of the admin that exists")
                            .isTrue();
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private List<String> users() {
        return jdbi.withHandle(h -> h.createQuery("SELECT username, role, active FROM users ORDER BY username")
                .map((rs, ctx) -> rs.getString("username") + " " + rs.getString("role") + " " + rs.getBoolean("active"))
                .list());
    }

    private List<String> initialAdminWarnings() {
        return logs.list.stream()
                .filter(event -> event.getLoggerName().equals(InitialAdmin.class.getName()))
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
