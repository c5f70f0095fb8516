package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {

    @Test
    void mariaDbGetsShortDriverTimeoutsAndSessionSettings() {
        HikariConfig hikari =
                ConnectionPool.hikariConfig(new DatabaseConfig("jdbc:mariadb://db:3306/parkir", "u", "p"));

        assertThat(hikari.getConnectionTimeout()).isEqualTo(1_500);
        assertThat(hikari.getValidationTimeout()).isEqualTo(1_000);
        assertThat(hikari.getInitializationFailTimeout()).isEqualTo(1);
        assertThat(hikari.getDataSourceProperties())
                .containsEntry("connectTimeout", "1500")
                .containsEntry("socketTimeout", "5000");
        assertThat(hikari.getConnectionInitSql()).contains("time_zone = '+00:00'", "innodb_lock_wait_timeout = 3");
        assertThat(hikari.getTransactionIsolation()).isEqualTo("TRANSACTION_READ_COMMITTED");
    }

    @Test
    void h2GetsALockTimeoutAndNoDriverProperties() {
        HikariConfig hikari = ConnectionPool.hikariConfig(new DatabaseConfig("jdbc:h2:mem:x;MODE=MySQL", "sa", ""));

        assertThat(hikari.getDataSourceProperties()).isEmpty();
        assertThat(hikari.getConnectionInitSql()).isEqualTo("SET LOCK_TIMEOUT 3000");
    }

    @Test
    void mysqlUrlsAreSpokenThroughTheMariaDbDriver() {
        assertThat(ConnectionPool.driverUrl("jdbc:mysql://db:3306/parkir", DatabaseKind.MARIADB))
                .isEqualTo("jdbc:mariadb://db:3306/parkir");
        assertThat(ConnectionPool.driverUrl("jdbc:mariadb://db:3306/parkir", DatabaseKind.MARIADB))
                .isEqualTo("jdbc:mariadb://db:3306/parkir");
    }
}
