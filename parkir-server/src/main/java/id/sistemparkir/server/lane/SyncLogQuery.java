package id.sistemparkir.server.lane;

import id.sistemparkir.server.http.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** {@code GET /api/v1/sync-log}: what became of each record the lanes sent, newest first. */
final class SyncLogQuery {

    /** One sync log line. */
    public record Line(
            long id, UUID recordId, String kind, String station, String outcome, String message, Instant receivedAt) {}

    private final Jdbi jdbi;

    SyncLogQuery(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Line> recent(Instant from, Instant to, UUID recordId, int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and 1000");
        }
        StringBuilder sql = new StringBuilder(
                "SELECT id, record_id, kind, station, outcome, message, received_at FROM sync_log WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND received_at >= :from");
        }
        if (to != null) {
            sql.append(" AND received_at < :to");
        }
        if (recordId != null) {
            sql.append(" AND record_id = :recordId");
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("limit", limit);
            if (from != null) {
                query.bind("from", from);
            }
            if (to != null) {
                query.bind("to", to);
            }
            if (recordId != null) {
                query.bind("recordId", recordId);
            }
            return query.map((rs, ctx) -> new Line(
                            rs.getLong("id"),
                            UUID.fromString(rs.getString("record_id").trim()),
                            rs.getString("kind"),
                            rs.getString("station"),
                            rs.getString("outcome"),
                            rs.getString("message"),
                            ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "received_at", ctx)))
                    .list();
        });
    }
}
