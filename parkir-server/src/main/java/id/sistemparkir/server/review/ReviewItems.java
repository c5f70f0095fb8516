package id.sistemparkir.server.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.session.SessionRecord;
import id.sistemparkir.server.session.SessionRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Reads the items of each {@link ReviewKind} from the sessions and the pending exits (in [from, to) when given). */
final class ReviewItems {

    private ReviewItems() {}

    static List<ReviewItem> of(Handle h, ReviewKind kind, Instant from, Instant to, UUID subjectId) {
        return kind == ReviewKind.PENDING_EXIT
                ? pendingExits(h, from, to, subjectId)
                : sessions(h, kind, from, to, subjectId);
    }

    private static List<ReviewItem> sessions(Handle h, ReviewKind kind, Instant from, Instant to, UUID subjectId) {
        String condition =
                switch (kind) {
                    case FEE_MISMATCH -> "fee_mismatch = TRUE";
                    case UNDERPAID -> "paid < fee";
                    case LOST_TICKET -> "lost_ticket = TRUE";
                    case PENDING_EXIT -> throw new IllegalArgumentException("not a session kind");
                };
        StringBuilder sql = new StringBuilder(
                "SELECT " + SessionRecords.COLUMNS + " FROM parking_sessions WHERE status = 'EXITED' AND " + condition);
        if (from != null) {
            sql.append(" AND exit_time >= :from");
        }
        if (to != null) {
            sql.append(" AND exit_time < :to");
        }
        if (subjectId != null) {
            sql.append(" AND id = :id");
        }
        sql.append(" ORDER BY exit_time DESC, id LIMIT 2000");
        var query = h.createQuery(sql.toString());
        bind(query, from, to, subjectId);
        return query.map(SessionRecords::map).list().stream()
                .map(s -> item(kind, s))
                .toList();
    }

    private static ReviewItem item(ReviewKind kind, SessionRecord s) {
        long amount =
                switch (kind) {
                    case FEE_MISMATCH -> s.expectedFee() - s.fee();
                    case UNDERPAID -> s.uncollected();
                    default -> s.fee();
                };
        return new ReviewItem(
                kind,
                s.id(),
                s.id(),
                s.plateDisplay(),
                s.vehicleType(),
                s.exitTime(),
                s.exitGate(),
                s.exitStation(),
                s.exitOperator(),
                s.fee(),
                s.expectedFee(),
                s.paid(),
                s.paymentMethod(),
                amount,
                null);
    }

    private static List<ReviewItem> pendingExits(Handle h, Instant from, Instant to, UUID subjectId) {
        StringBuilder sql = new StringBuilder("SELECT id, body FROM pending_exits WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND received_at >= :from");
        }
        if (to != null) {
            sql.append(" AND received_at < :to");
        }
        if (subjectId != null) {
            sql.append(" AND id = :id");
        }
        sql.append(" ORDER BY received_at DESC, id LIMIT 2000");
        var query = h.createQuery(sql.toString());
        bind(query, from, to, subjectId);
        List<ReviewItem> items = new ArrayList<>();
        for (String body : query.map((rs, ctx) -> rs.getString("body")).list()) {
            items.add(pendingItem(body));
        }
        return items;
    }

    /** The stored exit request of a pending exit (server.lane.ExitCommand as JSON). */
    private static ReviewItem pendingItem(String body) {
        JsonNode exit;
        try {
            exit = Json.lenientMapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a pending exit's stored body is not JSON", e);
        }
        long fee = exit.path("fee").asLong();
        return new ReviewItem(
                ReviewKind.PENDING_EXIT,
                UUID.fromString(exit.path("id").asText()),
                exit.hasNonNull("sessionId")
                        ? UUID.fromString(exit.path("sessionId").asText())
                        : null,
                exit.hasNonNull("plate") ? exit.path("plate").asText() : null,
                null,
                exit.hasNonNull("exitTime")
                        ? Instant.parse(exit.path("exitTime").asText())
                        : null,
                text(exit, "gate"),
                text(exit, "station"),
                text(exit, "operator"),
                fee,
                null,
                exit.path("paid").asLong(),
                text(exit, "paymentMethod"),
                fee,
                null);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : null;
    }

    private static void bind(org.jdbi.v3.core.statement.Query query, Instant from, Instant to, UUID id) {
        if (from != null) {
            query.bind("from", from);
        }
        if (to != null) {
            query.bind("to", to);
        }
        if (id != null) {
            query.bind("id", id);
        }
    }
}
