package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.testing.MariaDbAvailability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The start-up check reads the connected server's real settings. */
@ExtendWith(MariaDbAvailability.class)
class MariaDbDurabilityTest {

    @Test
    void theCheckReadsTheServersDurabilitySettings() {
        try (TestDatabase db = TestDatabases.mariaDb()) {
            MariaDbDurability.Settings read = MariaDbDurability.read(db.jdbi());
            var direct = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT @@GLOBAL.innodb_flush_log_at_trx_commit, @@GLOBAL.sync_binlog, @@GLOBAL.log_bin")
                    .mapToMap()
                    .one());

            assertThat(read.flushLogAtTrxCommit())
                    .isEqualTo(((Number) direct.get("@@global.innodb_flush_log_at_trx_commit")).intValue());
            assertThat(read.syncBinlog()).isEqualTo(((Number) direct.get("@@global.sync_binlog")).longValue());
            assertThat(read.binaryLog()).isEqualTo(((Number) direct.get("@@global.log_bin")).intValue() != 0);
        }
    }
}
