package id.sistemparkir.server.session;

import id.sistemparkir.core.vehicle.VehicleType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@link SessionRecord}s; the one mapping of a whole {@code parking_sessions} row for the back office. */
public final class SessionRecords {

    public static final String COLUMNS = "id, ticket_code, plate, plate_display, non_standard_plate, vehicle_type,"
            + " status, entry_gate, entry_time, entry_received_at, entry_offline, entry_station, entry_operator,"
            + " suspected_duplicate, tariff_version, exit_id, exit_gate, exit_time, exit_received_at, exit_offline,"
            + " exit_station, exit_operator, fee, expected_fee, fee_mismatch, paid, payment_method, lost_ticket,"
            + " member_id, void_reason, voided_by, voided_at";

    private SessionRecords() {}

    public static Optional<SessionRecord> find(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE id = :id")
                .bind("id", id)
                .map(SessionRecords::map)
                .findOne();
    }

    /** The session locked for update until the transaction ends (a void racing an exit: one wins, cleanly). */
    public static Optional<SessionRecord> lock(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(SessionRecords::map)
                .findOne();
    }

    /** Sessions that entered or exited in [from, to), VOID ones included; for reports and statistics. */
    public static List<SessionRecord> touching(Handle h, Instant from, Instant to) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions"
                        + " WHERE (entry_time >= :from AND entry_time < :to) OR (exit_time >= :from AND exit_time < :to)"
                        + " ORDER BY entry_time, id")
                .bind("from", from)
                .bind("to", to)
                .map(SessionRecords::map)
                .list();
    }

    /** ACTIVE sessions, oldest entry first. */
    public static List<SessionRecord> active(Handle h, Instant enteredBefore, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE status = 'ACTIVE'"
                        + " AND entry_time < :before ORDER BY entry_time, id LIMIT :limit")
                .bind("before", enteredBefore)
                .bind("limit", limit)
                .map(SessionRecords::map)
                .list();
    }

    public static SessionRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SessionRecord(
                uuid(rs, "id"),
                rs.getString("ticket_code"),
                rs.getString("plate"),
                rs.getString("plate_display"),
                rs.getBoolean("non_standard_plate"),
                VehicleType.valueOf(rs.getString("vehicle_type")),
                rs.getString("status"),
                rs.getString("entry_gate"),
                instant(rs, ctx, "entry_time"),
                instant(rs, ctx, "entry_received_at"),
                rs.getBoolean("entry_offline"),
                rs.getString("entry_station"),
                rs.getString("entry_operator"),
                rs.getBoolean("suspected_duplicate"),
                rs.getInt("tariff_version"),
                uuid(rs, "exit_id"),
                rs.getString("exit_gate"),
                instant(rs, ctx, "exit_time"),
                instant(rs, ctx, "exit_received_at"),
                rs.getObject("exit_offline", Boolean.class),
                rs.getString("exit_station"),
                rs.getString("exit_operator"),
                rs.getObject("fee", Long.class),
                rs.getObject("expected_fee", Long.class),
                rs.getBoolean("fee_mismatch"),
                rs.getObject("paid", Long.class),
                rs.getString("payment_method"),
                rs.getBoolean("lost_ticket"),
                uuid(rs, "member_id"),
                rs.getString("void_reason"),
                rs.getString("voided_by"),
                instant(rs, ctx, "voided_at"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value.trim());
    }

    private static Instant instant(ResultSet rs, StatementContext ctx, String column) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }
}
