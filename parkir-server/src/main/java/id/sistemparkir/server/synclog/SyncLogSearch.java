package id.sistemparkir.server.synclog;

import id.sistemparkir.server.http.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@code GET /api/v1/sync-log}: what became of each record the lanes sent (created, already present, pending entry,
 * joined, conflict, rejected with the reason), newest first — where a duplicate's or a failed sync's cause is found.
 */
public final class SyncLogSearch {

    /** One sync log line. */
    public record Line(
            long id, UUID recordId, String kind, String station, String outcome, String message, Instant receivedAt) {}

    /** Filters, each optional. */
    public record Filter(Instant from, Instant to, String station, String outcome, String kind, UUID recordId) {}

    private final Jdbi jdbi;

    public SyncLogSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Paging.Page<Line> search(Filter filter, Paging paging) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("received_at >= :from");
        }
        if (filter.to() != null) {
            conditions.add("received_at < :to");
        }
        if (filter.station() != null) {
            conditions.add("station = :station");
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
        }
        if (filter.recordId() != null) {
            conditions.add("record_id = :recordId");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbi.withHandle(h -> {
            long total = bind(h.createQuery("SELECT COUNT(*) FROM sync_log" + where), filter)
                    .mapTo(Long.class)
                    .one();
            List<Line> lines = bind(
                            h.createQuery("SELECT id, record_id, kind, station, outcome, message, received_at"
                                    + " FROM sync_log" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset"),
                            filter)
                    .bind("limit", paging.size())
                    .bind("offset", paging.offset())
                    .map((rs, ctx) -> line(rs, ctx))
                    .list();
            return paging.page(lines, total);
        });
    }

    /** Every line about these records (an entry and its exit), oldest first. */
    public List<Line> about(Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT id, record_id, kind, station, outcome, message, received_at"
                        + " FROM sync_log WHERE record_id IN (<ids>) ORDER BY id")
                .bindList("ids", recordIds.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> line(rs, ctx))
                .list());
    }

    private static Line line(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Line(
                rs.getLong("id"),
                UUID.fromString(rs.getString("record_id").trim()),
                rs.getString("kind"),
                rs.getString("station"),
                rs.getString("outcome"),
                rs.getString("message"),
                ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "received_at", ctx));
    }

    private static Query bind(Query query, Filter filter) {
        if (filter.from() != null) {
            query.bind("from", filter.from());
        }
        if (filter.to() != null) {
            query.bind("to", filter.to());
        }
        if (filter.station() != null) {
            query.bind("station", filter.station());
        }
        if (filter.outcome() != null) {
            query.bind("outcome", filter.outcome());
        }
        if (filter.kind() != null) {
            query.bind("kind", filter.kind());
        }
        if (filter.recordId() != null) {
            query.bind("recordId", filter.recordId());
        }
        return query;
    }
}
