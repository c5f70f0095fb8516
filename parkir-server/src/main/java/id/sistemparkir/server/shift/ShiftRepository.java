package id.sistemparkir.server.shift;

import id.sistemparkir.core.contract.ShiftSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for {@code shifts}; every statement runs on the caller's handle (and so in its transaction). */
final class ShiftRepository {

    private static final String COLUMNS = "id, username, station, status, opened_at, closed_at, closed_by,"
            + " entries_count, exits_count, lost_tickets, revenue, cash_expected, cash_counted, cash_difference, note";

    static String openKey(String station, String username) {
        return station + "/" + username;
    }

    void insertOpen(Handle h, UUID id, String username, String station, Instant openedAt, Instant now) {
        h.createUpdate("INSERT INTO shifts (id, username, station, status, open_key, opened_at, created_at)"
                        + " VALUES (:id, :username, :station, 'OPEN', :openKey, :openedAt, :now)")
                .bind("id", id)
                .bind("username", username)
                .bind("station", station)
                .bind("openKey", openKey(station, username))
                .bind("openedAt", openedAt)
                .bind("now", now)
                .execute();
    }

    Optional<ShiftRow> findOpen(Handle h, String station, String username) {
        return h.createQuery("SELECT " + COLUMNS + " FROM shifts WHERE open_key = :openKey")
                .bind("openKey", openKey(station, username))
                .map(ShiftRepository::map)
                .findOne();
    }

    Optional<ShiftRow> findById(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM shifts WHERE id = :id")
                .bind("id", id)
                .map(ShiftRepository::map)
                .findOne();
    }

    /** Locks the row (the close of one shift is decided by one transaction). */
    Optional<ShiftRow> findByIdForUpdate(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM shifts WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(ShiftRepository::map)
                .findOne();
    }

    /** Closes an open shift; false when it was closed meanwhile. */
    boolean close(
            Handle h, UUID id, Instant closedAt, String closedBy, ShiftSummary summary, long cashCounted, String note) {
        return h.createUpdate("UPDATE shifts SET status = 'CLOSED', open_key = NULL, closed_at = :closedAt,"
                                + " closed_by = :closedBy, entries_count = :entries, exits_count = :exits,"
                                + " lost_tickets = :lost, revenue = :revenue, cash_expected = :expected,"
                                + " cash_counted = :counted, cash_difference = :difference, note = :note"
                                + " WHERE id = :id AND status = 'OPEN'")
                        .bind("id", id)
                        .bind("closedAt", closedAt)
                        .bind("closedBy", closedBy)
                        .bind("entries", summary.entries())
                        .bind("exits", summary.exits())
                        .bind("lost", summary.lostTickets())
                        .bind("revenue", summary.revenue())
                        .bind("expected", summary.cashExpected())
                        .bind("counted", cashCounted)
                        .bind("difference", cashCounted - summary.cashExpected())
                        .bind("note", note)
                        .execute()
                == 1;
    }

    /** Shifts opened in [from, to], newest first, optionally of one station and status. */
    List<ShiftRow> list(Handle h, Instant from, Instant to, String station, String status, int limit) {
        StringBuilder sql =
                new StringBuilder("SELECT " + COLUMNS + " FROM shifts WHERE opened_at >= :from AND opened_at <= :to");
        if (station != null) {
            sql.append(" AND station = :station");
        }
        if (status != null) {
            sql.append(" AND status = :status");
        }
        sql.append(" ORDER BY opened_at DESC, id LIMIT :limit");
        Query query =
                h.createQuery(sql.toString()).bind("from", from).bind("to", to).bind("limit", limit);
        if (station != null) {
            query.bind("station", station);
        }
        if (status != null) {
            query.bind("status", status);
        }
        return query.map(ShiftRepository::map).list();
    }

    private static ShiftRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ShiftRow(
                UUID.fromString(rs.getString("id").trim()),
                rs.getString("username"),
                rs.getString("station"),
                rs.getString("status"),
                instant(rs, ctx, "opened_at"),
                instant(rs, ctx, "closed_at"),
                rs.getString("closed_by"),
                rs.getObject("entries_count", Integer.class),
                rs.getObject("exits_count", Integer.class),
                rs.getObject("lost_tickets", Integer.class),
                rs.getObject("revenue", Long.class),
                rs.getObject("cash_expected", Long.class),
                rs.getObject("cash_counted", Long.class),
                rs.getObject("cash_difference", Long.class),
                rs.getString("note"));
    }

    private static Instant instant(ResultSet rs, StatementContext ctx, String column) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }
}
