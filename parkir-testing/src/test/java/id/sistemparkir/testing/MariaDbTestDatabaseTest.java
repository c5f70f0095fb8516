package id.sistemparkir.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MariaDbAvailability.class)
class MariaDbTestDatabaseTest {

    @Test
    void createsAUniqueDatabaseAndDropsItOnClose() throws SQLException {
        String name;
        try (MariaDbTestDatabase one = MariaDbTestDatabase.create();
                MariaDbTestDatabase two = MariaDbTestDatabase.create()) {
            name = one.name();
            assertThat(name).startsWith("parkir_test_").isNotEqualTo(two.name());
            try (Connection connection = DriverManager.getConnection(one.jdbcUrl(), one.user(), one.password());
                    ResultSet rs = connection.createStatement().executeQuery("SELECT DATABASE()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(name);
            }
        }
        assertThat(databaseExists(name)).isFalse();
    }

    @Test
    void reachableThroughAProxy() throws Exception {
        MariaDbTestDatabase.Server server = MariaDbTestDatabase.server();
        try (MariaDbTestDatabase db = MariaDbTestDatabase.create();
                TcpProxy proxy = TcpProxy.start(server.host(), server.port());
                Connection connection =
                        DriverManager.getConnection(db.jdbcUrl(proxy.host(), proxy.port()), db.user(), db.password());
                ResultSet rs = connection.createStatement().executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(proxy.openConnections()).isEqualTo(1);
        }
    }

    private static boolean databaseExists(String name) throws SQLException {
        MariaDbTestDatabase.Server server = MariaDbTestDatabase.server();
        try (Connection connection = DriverManager.getConnection(
                        server.jdbcUrl(server.host(), server.port(), ""), server.user(), server.password());
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
