package id.sistemparkir.server.db;

import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbAvailability.class)
class MariaDbDatabaseTest extends DatabaseContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected boolean unreachableMayAnswerLater() {
        return true; // nothing listens on the port yet: a database still starting looks the same
    }

    @Override
    protected DatabaseConfig unreachableConfig() {
        MariaDbTestDatabase.Server server = MariaDbTestDatabase.server();
        return new DatabaseConfig(
                server.jdbcUrl("127.0.0.1", closedPort(), "parkir"), server.user(), server.password());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
