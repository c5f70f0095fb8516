package id.sistemparkir.server.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Every row of the business tables, as text: taken before and after a hostile case, the two must be equal. The logs
 * (sync log, audit log) and login tokens are left out: recording a refusal there is their job.
 */
final class Snapshot {

    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        for (String table : List.of(
                "users",
                "gates",
                "tariff_versions",
                "tariff_rates",
                "members",
                "parking_sessions",
                "pending_exits",
                "request_ids",
                "event_log",
                "event_sequence",
                "settings")) {
            TABLES.put(table, "SELECT * FROM " + table);
        }
        // stations: compared through GET /api/v1/stations without its liveness fields (see HostileInputContract);
        // its table also records each station's last call, flushed in the background.
        TABLES.put("photos", "SELECT record_id, kind, content_type, size_bytes, sha256 FROM photos");
    }

    private Snapshot() {}

    /** Table name → its rows, each row's columns in name order, rows sorted. */
    static Map<String, List<String>> take(Jdbi jdbi) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        jdbi.useHandle(h -> TABLES.forEach((table, sql) -> tables.put(
                table,
                h.createQuery(sql).mapToMap().list().stream()
                        .map(row -> new TreeMap<>(row).toString())
                        .sorted()
                        .toList())));
        return tables;
    }
}
