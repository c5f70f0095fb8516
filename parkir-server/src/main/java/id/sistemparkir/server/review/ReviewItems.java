package id.sistemparkir.server.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.session.SessionRecord;
import id.sistemparkir.server.session.SessionRecords;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads the items of each {@link ReviewKind} from the sessions, the pending exits and the exit conflicts (in [from, to)
 * when given). A pending exit received before {@code overdueFrom} is past its alert limit.
 */
final class ReviewItems {

    private static final String CONFLICT_COLUMNS = "id, entry_id, plate, gate, exit_time, station, operator, fee, paid,"
            + " payment_method, reason, winning_exit_id";

    private ReviewItems() {}

    static List<ReviewItem> of(
            Handle h, ReviewKind kind, Instant from, Instant to, UUID subjectId, Instant overdueFrom) {
        return switch (kind) {
            case PENDING_EXIT -> pendingExits(h, from, to, subjectId, overdueFrom);
            case EXIT_CONFLICT -> exitConflicts(h, from, to, subjectId);
            default -> sessions(h, kind, from, to, subjectId);
        };
    }

    private static List<ReviewItem> sessions(Handle h, ReviewKind kind, Instant from, Instant to, UUID subjectId) {
        String condition =
                switch (kind) {
                    case FEE_MISMATCH -> "fee_mismatch = TRUE";
                    case UNDERPAID -> "paid < fee";
                    case LOST_TICKET -> "lost_ticket = TRUE";
                    case TICKET_NOT_PRESENTED -> "ticket_not_presented = TRUE";
                    case PENDING_EXIT, EXIT_CONFLICT -> throw new IllegalArgumentException("not a session kind");
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
                null,
                null,
                null);
    }

    private static List<ReviewItem> pendingExits(
            Handle h, Instant from, Instant to, UUID subjectId, Instant overdueFrom) {
        StringBuilder sql = new StringBuilder("SELECT id, body, received_at FROM pending_exits WHERE 1 = 1");
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
        return query.map((rs, ctx) -> pendingItem(
                        rs.getString("body"), instant(rs, ctx, "received_at").isBefore(overdueFrom)))
                .list();
    }

    /** The stored exit request of a pending exit (server.lane.ExitCommand as JSON). */
    private static ReviewItem pendingItem(String body, boolean overdue) {
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
                overdue ? "OVERDUE" : "WAITING",
                null,
                null);
    }

    /** Newest exit first; the money is what the losing exit charged and took. */
    private static List<ReviewItem> exitConflicts(Handle h, Instant from, Instant to, UUID subjectId) {
        StringBuilder sql = new StringBuilder("SELECT " + CONFLICT_COLUMNS + " FROM exit_conflicts WHERE 1 = 1");
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
        return query.map(ReviewItems::conflictItem).list();
    }

    private static ReviewItem conflictItem(ResultSet rs, StatementContext ctx) throws SQLException {
        String winner = rs.getString("winning_exit_id");
        long paid = rs.getLong("paid");
        return new ReviewItem(
                ReviewKind.EXIT_CONFLICT,
                UUID.fromString(rs.getString("id").trim()),
                UUID.fromString(rs.getString("entry_id").trim()),
                rs.getString("plate"),
                null,
                instant(rs, ctx, "exit_time"),
                rs.getString("gate"),
                rs.getString("station"),
                rs.getString("operator"),
                rs.getLong("fee"),
                null,
                paid,
                rs.getString("payment_method"),
                paid,
                rs.getString("reason"),
                winner == null ? null : UUID.fromString(winner.trim()),
                null);
    }

    private static Instant instant(ResultSet rs, StatementContext ctx, String column) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
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
