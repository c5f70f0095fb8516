package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the server makes its database keep what it confirmed, and what it warns about (docs/decisions/0009). */
class DurabilitySettingsTest {

    @Test
    void anEmbeddedH2FileDatabaseIsOpenedDurably() {
        assertThat(ConnectionPool.driverUrl("jdbc:h2:file:/srv/parkir/db/parkir;MODE=MySQL", DatabaseKind.H2))
                .isEqualTo("jdbc:h2:parkirsync:/srv/parkir/db/parkir;MODE=MySQL;WRITE_DELAY=0;RETENTION_TIME=0");
        assertThat(ConnectionPool.driverUrl("jdbc:h2:/srv/parkir/db;MODE=MySQL", DatabaseKind.H2))
                .isEqualTo("jdbc:h2:parkirsync:/srv/parkir/db;MODE=MySQL;WRITE_DELAY=0;RETENTION_TIME=0");
        assertThat(ConnectionPool.driverUrl("jdbc:h2:C:/parkir/db;MODE=MySQL", DatabaseKind.H2))
                .isEqualTo("jdbc:h2:parkirsync:C:/parkir/db;MODE=MySQL;WRITE_DELAY=0;RETENTION_TIME=0");
        assertThat(ConnectionPool.driverUrl("jdbc:h2:~/parkir", DatabaseKind.H2))
                .isEqualTo("jdbc:h2:parkirsync:~/parkir;WRITE_DELAY=0;RETENTION_TIME=0");
    }

    @Test
    void anOperatorsOwnWriteDelayAndOtherKindsOfH2UrlAreLeftAloneButWarnedAbout() {
        String ownDelay = "jdbc:h2:file:/srv/db;MODE=MySQL;WRITE_DELAY=500";
        assertThat(ConnectionPool.driverUrl(ownDelay, DatabaseKind.H2))
                .isEqualTo("jdbc:h2:parkirsync:/srv/db;MODE=MySQL;WRITE_DELAY=500;RETENTION_TIME=0");
        assertThat(H2Durability.warning(ownDelay))
                .hasValueSatisfying(w -> assertThat(w).contains("WRITE_DELAY"));

        for (String url : new String[] {"jdbc:h2:mem:x;MODE=MySQL", "jdbc:h2:tcp://db-host/parkir;MODE=MySQL"}) {
            assertThat(ConnectionPool.driverUrl(url, DatabaseKind.H2)).isEqualTo(url);
            assertThat(H2Durability.warning(url)).isPresent();
        }
        assertThat(H2Durability.warning("jdbc:h2:file:/srv/db;MODE=MySQL")).isEmpty();
        assertThat(H2Durability.warning("jdbc:h2:file:/srv/db;MODE=MySQL;WRITE_DELAY=0"))
                .isEmpty();
        assertThat(H2Durability.warning("jdbc:mariadb://db/parkir")).isEmpty();
    }

    @Test
    void mariaDbMustFlushItsLogAtEveryCommitAndSyncTheBinaryLogWhenThereIsOne() {
        assertThat(MariaDbDurability.warnings(new MariaDbDurability.Settings(1, 0, false)))
                .isEmpty();
        assertThat(MariaDbDurability.warnings(new MariaDbDurability.Settings(1, 1, true)))
                .isEmpty();
        assertThat(MariaDbDurability.warnings(new MariaDbDurability.Settings(2, 1, true)))
                .singleElement()
                .satisfies(w -> assertThat(w).contains("innodb_flush_log_at_trx_commit is 2"));
        assertThat(MariaDbDurability.warnings(new MariaDbDurability.Settings(0, 0, true)))
                .hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("sync_binlog is 0"));
    }
}
