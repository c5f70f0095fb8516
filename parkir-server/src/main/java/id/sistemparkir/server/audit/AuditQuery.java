package id.sistemparkir.server.audit;

import id.sistemparkir.server.http.Paging;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /api/v1/audit-log}: who changed what, newest first, filtered by time, actor, action and target. */
public final class AuditQuery {

    /** One audit line; {@code before}/{@code after} are JSON text. */
    public record Line(
            long id,
            Instant at,
            String actor,
            String action,
            String target,
            String detail,
            String before,
            String after) {}

    /** The filters; each may be null. {@code actor} matches {@code user} and {@code user@station}. */
    public record Filter(Instant from, Instant to, String actor, String action, String target) {}

    private final Jdbi jdbi;

    public AuditQuery(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Paging.Page<Line> search(Filter filter, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.from() != null) {
            where.append(" AND at >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND at < :to");
        }
        if (filter.actor() != null) {
            where.append(" AND (actor = :actor OR actor LIKE :actorAtStation)");
        }
        if (filter.action() != null) {
            where.append(" AND action LIKE :action");
        }
        if (filter.target() != null) {
            where.append(" AND target = :target");
        }
        return jdbi.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM audit_log" + where);
            var rows = h.createQuery("SELECT id, at, actor, action, target, detail, before_state, after_state"
                    + " FROM audit_log" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
            for (var query : List.of(count, rows)) {
                bindFilter(query, filter);
            }
            long total = count.mapTo(Long.class).one();
            List<Line> lines = rows.bind("limit", paging.size())
                    .bind("offset", paging.offset())
                    .map((rs, ctx) -> new Line(
                            rs.getLong("id"),
                            ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "at", ctx),
                            rs.getString("actor"),
                            rs.getString("action"),
                            rs.getString("target"),
                            rs.getString("detail"),
                            rs.getString("before_state"),
                            rs.getString("after_state")))
                    .list();
            return paging.page(lines, total);
        });
    }

    /** Audit lines about one target, oldest first (a session's trail). */
    public List<Line> about(String target) {
        return search(new Filter(null, null, null, null, target), new Paging(0, Paging.MAX_SIZE)).items().stream()
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .toList();
    }

    private static void bindFilter(org.jdbi.v3.core.statement.Query query, Filter filter) {
        if (filter.from() != null) {
            query.bind("from", filter.from());
        }
        if (filter.to() != null) {
            query.bind("to", filter.to());
        }
        if (filter.actor() != null) {
            query.bind("actor", filter.actor());
            query.bind("actorAtStation", escapeLike(filter.actor()) + "@%");
        }
        if (filter.action() != null) {
            // "tariff" finds tariff.publish; "tariff.publish" finds exactly that.
            query.bind("action", escapeLike(filter.action()) + (filter.action().contains(".") ? "" : ".%"));
        }
        if (filter.target() != null) {
            query.bind("target", filter.target());
        }
    }

    /** LIKE wildcards in user input are literal characters. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
