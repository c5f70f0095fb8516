package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.testing.MariaDbAvailability;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The per-connection settings the pool gives every MariaDB session, whatever the server's defaults. */
@ExtendWith(MariaDbAvailability.class)
class MariaDbSessionSettingsTest {

    @Test
    void everyConnectionIsUtcStrictReadCommittedWithShortLockWaits() {
        try (TestDatabase db = TestDatabases.mariaDb()) {
            Map<String, Object> settings = db.jdbi()
                    .withHandle(h -> h.createQuery("SELECT @@session.time_zone AS tz, @@session.sql_mode AS mode,"
                                    + " @@session.innodb_lock_wait_timeout AS lock_wait,"
                                    + " @@session.tx_isolation AS isolation")
                            .mapToMap()
                            .one());

            assertThat(settings.get("tz")).isEqualTo("+00:00");
            assertThat((String) settings.get("mode")).contains("STRICT_ALL_TABLES");
            assertThat(((Number) settings.get("lock_wait")).longValue()).isEqualTo(3);
            assertThat(settings.get("isolation")).isEqualTo("READ-COMMITTED");
        }
    }
}
