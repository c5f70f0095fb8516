package id.sistemparkir.server.session;

import id.sistemparkir.server.audit.AuditQuery;
import id.sistemparkir.server.http.Paging;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** {@code GET /api/v1/sessions}: sessions by entry time, plate prefix, class, status, gate and operator; newest first. */
public final class SessionSearch {

    private final Jdbi jdbi;

    public SessionSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Paging.Page<SessionRecord> search(SessionFilter filter, Paging paging) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("entry_time >= :from");
        }
        if (filter.to() != null) {
            conditions.add("entry_time < :to");
        }
        if (filter.platePrefix() != null) {
            conditions.add("plate LIKE :plate");
        }
        if (filter.vehicleType() != null) {
            conditions.add("vehicle_type = :vehicleType");
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
        }
        if (filter.gate() != null) {
            conditions.add("(entry_gate = :gate OR exit_gate = :gate)");
        }
        if (filter.operator() != null) {
            conditions.add("(entry_operator = :operator OR exit_operator = :operator)");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbi.withHandle(h -> {
            Query count = bind(h.createQuery("SELECT COUNT(*) FROM parking_sessions" + where), filter);
            long total = count.mapTo(Long.class).one();
            List<SessionRecord> items = bind(
                            h.createQuery("SELECT " + SessionRecords.COLUMNS + " FROM parking_sessions" + where
                                    + " ORDER BY entry_time DESC, id LIMIT :limit OFFSET :offset"),
                            filter)
                    .bind("limit", paging.size())
                    .bind("offset", paging.offset())
                    .map(SessionRecords::map)
                    .list();
            return paging.page(items, total);
        });
    }

    private static Query bind(Query query, SessionFilter filter) {
        if (filter.from() != null) {
            query.bind("from", filter.from());
        }
        if (filter.to() != null) {
            query.bind("to", filter.to());
        }
        if (filter.platePrefix() != null) {
            query.bind("plate", AuditQuery.escapeLike(filter.platePrefix()) + "%");
        }
        if (filter.vehicleType() != null) {
            query.bind("vehicleType", filter.vehicleType().name());
        }
        if (filter.status() != null) {
            query.bind("status", filter.status());
        }
        if (filter.gate() != null) {
            query.bind("gate", filter.gate());
        }
        if (filter.operator() != null) {
            query.bind("operator", filter.operator());
        }
        return query;
    }
}
