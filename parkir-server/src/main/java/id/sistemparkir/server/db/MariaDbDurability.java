package id.sistemparkir.server.db;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks, once at start-up, that the connected MariaDB/MySQL keeps what it confirmed (docs/decisions/0009): {@code
 * innodb_flush_log_at_trx_commit=1} (the redo log is flushed at every commit; 0 or 2 lose up to a second of commits
 * in a crash or power cut) and, with the binary log on, {@code sync_binlog=1}. Settings are the operator's to make;
 * the server warns, it does not refuse to start.
 */
final class MariaDbDurability {

    /** The server's settings as read. */
    record Settings(int flushLogAtTrxCommit, long syncBinlog, boolean binaryLog) {}

    private MariaDbDurability() {}

    static Settings read(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT @@innodb_flush_log_at_trx_commit AS flush, @@sync_binlog AS sync, @@log_bin AS bin")
                .map((rs, ctx) -> new Settings(rs.getInt("flush"), rs.getLong("sync"), rs.getInt("bin") != 0))
                .one());
    }

    /** What an operator must change; empty when confirmed commits survive a crash and a power cut. */
    static List<String> warnings(Settings settings) {
        List<String> warnings = new ArrayList<>();
        if (settings.flushLogAtTrxCommit() != 1) {
            warnings.add("innodb_flush_log_at_trx_commit is " + settings.flushLogAtTrxCommit()
                    + ": commits the server confirmed can be lost in a crash or power cut; set it to 1");
        }
        if (settings.binaryLog() && settings.syncBinlog() != 1) {
            warnings.add("sync_binlog is " + settings.syncBinlog()
                    + " with the binary log on: a crash can lose committed transactions from the binary log"
                    + " (replicas, point-in-time recovery); set it to 1");
        }
        return warnings;
    }
}
