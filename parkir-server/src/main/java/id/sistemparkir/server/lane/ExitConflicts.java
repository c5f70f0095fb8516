package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.ExitConflictView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Exits that lost to another exit of their session after the car had left (table {@code exit_conflicts}): kept with
 * their money, never deleted by the server, for the back office to resolve.
 */
final class ExitConflicts {

    /** Why an exit could not close its session. */
    enum Reason {
        ALREADY_EXITED,
        EXIT_PENDING,
        SESSION_VOID
    }

    private static final String COLUMNS = "id, entry_id, ticket_code, plate, gate, exit_time, received_at,"
            + " recorded_at, offline, station, operator, fee, paid, payment_method, lost_ticket, reason,"
            + " winning_exit_id";

    void record(Handle h, ExitCommand exit, Instant receivedAt, Reason reason, UUID winningExitId, Instant now) {
        h.createUpdate("INSERT INTO exit_conflicts (" + COLUMNS + ") VALUES (:id, :entryId, :ticketCode, :plate,"
                        + " :gate, :exitTime, :receivedAt, :recordedAt, :offline, :station, :operator, :fee, :paid,"
                        + " :paymentMethod, :lostTicket, :reason, :winner)")
                .bind("id", exit.id())
                .bind("entryId", exit.sessionId())
                .bind("ticketCode", exit.ticketCode())
                .bind(
                        "plate",
                        exit.plate() == null || exit.plate().length() <= 40
                                ? exit.plate()
                                : exit.plate().substring(0, 40))
                .bind("gate", exit.gate())
                .bind("exitTime", exit.exitTime())
                .bind("receivedAt", receivedAt)
                .bind("recordedAt", now)
                .bind("offline", exit.offline())
                .bind("station", exit.station())
                .bind("operator", exit.operator())
                .bind("fee", exit.fee())
                .bind("paid", exit.paid())
                .bind("paymentMethod", exit.paymentMethod())
                .bind("lostTicket", exit.lostTicket())
                .bind("reason", reason.name())
                .bind("winner", winningExitId)
                .execute();
    }

    Optional<ExitConflictView> find(Handle h, UUID exitId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM exit_conflicts WHERE id = :id")
                .bind("id", exitId)
                .map(ExitConflicts::map)
                .findOne();
    }

    /** Newest first; {@code from}/{@code to} bound {@code recorded_at} (either may be null). */
    List<ExitConflictView> list(Handle h, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM exit_conflicts WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND recorded_at >= :from");
        }
        if (to != null) {
            sql.append(" AND recorded_at < :to");
        }
        sql.append(" ORDER BY recorded_at DESC, id LIMIT :limit");
        var query = h.createQuery(sql.toString()).bind("limit", limit);
        if (from != null) {
            query.bind("from", from);
        }
        if (to != null) {
            query.bind("to", to);
        }
        return query.map(ExitConflicts::map).list();
    }

    private static ExitConflictView map(ResultSet rs, StatementContext ctx) throws SQLException {
        String winner = rs.getString("winning_exit_id");
        return new ExitConflictView(
                UUID.fromString(rs.getString("id").trim()),
                UUID.fromString(rs.getString("entry_id").trim()),
                rs.getString("ticket_code"),
                rs.getString("plate"),
                rs.getString("gate"),
                instant(rs, ctx, "exit_time"),
                instant(rs, ctx, "received_at"),
                instant(rs, ctx, "recorded_at"),
                rs.getBoolean("offline"),
                rs.getString("station"),
                rs.getString("operator"),
                rs.getLong("fee"),
                rs.getLong("paid"),
                rs.getString("payment_method"),
                rs.getBoolean("lost_ticket"),
                rs.getString("reason"),
                winner == null ? null : UUID.fromString(winner.trim()));
    }

    private static Instant instant(ResultSet rs, StatementContext ctx, String column) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }
}
