package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A hung or vanished MariaDB, simulated by a TCP proxy between the pool and the server. */
@ExtendWith(MariaDbAvailability.class)
class MariaDbFaultTest {
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(1);

    private static MariaDbTestDatabase schema;
    private TcpProxy proxy;
    private Database database;

    @BeforeAll
    static void createSchema() {
        schema = MariaDbTestDatabase.create();
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @BeforeEach
    void openThroughProxy() throws IOException {
        MariaDbTestDatabase.Server server = MariaDbTestDatabase.server();
        proxy = TcpProxy.start(server.host(), server.port());
        database = Database.open(viaProxy());
    }

    @AfterEach
    void close() {
        proxy.close(); // first: resets whatever still hangs on it
        database.close();
    }

    @Test
    void pingAnswersFalseWithinItsTimeoutWhileStalledAndTrueAfterRestore() {
        assertThat(database.ping(PING_TIMEOUT)).isTrue();

        proxy.stall();
        for (int probe = 0; probe < 3; probe++) { // later probes do not queue behind the stuck ones
            long start = System.nanoTime();
            assertThat(database.ping(PING_TIMEOUT)).isFalse();
            assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(1_500));
        }

        proxy.restore();
        assertThat(pingTrueWithin(Duration.ofSeconds(8))).isTrue();
    }

    @Test
    void pingAnswersFalseWhileCutAndThePoolRecoversAfterRestore() {
        assertThat(database.ping(PING_TIMEOUT)).isTrue();

        proxy.cut();
        long start = System.nanoTime();
        assertThat(database.ping(PING_TIMEOUT)).isFalse();
        assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(1_500));

        proxy.restore();
        assertThat(pingTrueWithin(Duration.ofSeconds(8))).isTrue();
        int rates = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tariff_rates")
                .mapTo(Integer.class)
                .one());
        assertThat(rates).isEqualTo(3);
    }

    @Test
    void aQueryOnAStalledDatabaseFailsInSecondsNotMinutes() {
        assertThat(database.ping(PING_TIMEOUT)).isTrue(); // a warm connection: no validation shortcut
        proxy.stall();
        long start = System.nanoTime();

        assertThatThrownBy(() -> database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tariff_rates")
                        .mapTo(Integer.class)
                        .one()))
                .isInstanceOf(Exception.class);
        assertThat(elapsedSince(start))
                .isLessThan(ConnectionPool.SOCKET_TIMEOUT.plus(ConnectionPool.CONNECTION_TIMEOUT));
    }

    @Test
    void openingAStalledDatabaseFailsFast() {
        proxy.stall();
        long start = System.nanoTime();

        assertThatThrownBy(() -> Database.open(viaProxy()).close())
                .isInstanceOf(DatabaseStartException.class)
                .hasMessageStartingWith("Cannot connect to database jdbc:mariadb://127.0.0.1:" + proxy.port());
        assertThat(elapsedSince(start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void openingAVanishedDatabaseFailsFast() {
        proxy.cut();
        long start = System.nanoTime();

        assertThatThrownBy(() -> Database.open(viaProxy()).close()).isInstanceOf(DatabaseStartException.class);
        assertThat(elapsedSince(start)).isLessThan(Duration.ofSeconds(5));
    }

    private DatabaseConfig viaProxy() {
        return TestDatabases.mariaDbConfig(schema, proxy.host(), proxy.port());
    }

    private boolean pingTrueWithin(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (database.ping(PING_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
