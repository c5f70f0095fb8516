package id.sistemparkir.server.lane;

import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.core.vehicle.VehicleType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for {@code parking_sessions}; every statement runs on the caller's handle (and so in its transaction). */
final class SessionRepository {

    private static final String COLUMNS = "id, ticket_code, plate, plate_display, non_standard_plate, vehicle_type,"
            + " status, entry_gate, entry_time, entry_received_at, entry_offline, entry_station, suspected_duplicate,"
            + " tariff_version, exit_id, exit_gate, exit_time, exit_received_at, exit_offline, fee, expected_fee,"
            + " fee_mismatch, paid, payment_method, lost_ticket, exit_before_entry";

    Optional<SessionRow> findById(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE id = :id")
                .bind("id", id)
                .map(SessionRepository::map)
                .findOne();
    }

    /**
     * {@link #findById} after waiting for any transaction that holds the row: what a losing writer must read. A plain
     * read under READ COMMITTED can still return the version before the winner's commit (H2 answers a guarded
     * UPDATE with 0 rows while the winner's change is uncommitted, without waiting for it).
     */
    Optional<SessionRow> findByIdLocked(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(SessionRepository::map)
                .findOne();
    }

    Optional<SessionRow> findByExitId(Handle h, UUID exitId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE exit_id = :exitId")
                .bind("exitId", exitId)
                .map(SessionRepository::map)
                .findOne();
    }

    /** ACTIVE sessions whose normalised plate starts with {@code platePrefix} (letters and digits only). */
    List<SessionRow> activeByPlatePrefix(Handle h, String platePrefix, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE status = 'ACTIVE'"
                        + " AND plate LIKE :prefix ORDER BY entry_time DESC LIMIT :limit")
                .bind("prefix", platePrefix + "%")
                .bind("limit", limit)
                .map(SessionRepository::map)
                .list();
    }

    /** ACTIVE sessions whose ticket has the short code {@code canonical} (more than one only after a collision). */
    List<SessionRow> activeByShortCode(Handle h, String canonical, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE short_code = :code"
                        + " AND status = 'ACTIVE' ORDER BY entry_time DESC LIMIT :limit")
                .bind("code", canonical)
                .bind("limit", limit)
                .map(SessionRepository::map)
                .list();
    }

    /** One page of ACTIVE sessions in id order after {@code afterId} (a lane filling its cache of vehicles inside). */
    List<SessionRow> activePage(Handle h, String platePrefix, UUID afterId, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parking_sessions WHERE status = 'ACTIVE'"
                        + " AND plate LIKE :prefix AND id > :after ORDER BY id LIMIT :limit")
                .bind("prefix", platePrefix + "%")
                .bind("after", afterId.toString())
                .bind("limit", limit)
                .map(SessionRepository::map)
                .list();
    }

    /** Whether an ACTIVE session other than {@code exceptId} holds the short code (see V7). */
    boolean shortCodeHeld(Handle h, String canonical, UUID exceptId) {
        return h.createQuery("SELECT COUNT(*) FROM parking_sessions WHERE active_short_code = :code AND id <> :id")
                        .bind("code", canonical)
                        .bind("id", exceptId)
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    void insertEntry(Handle h, NewEntry entry) {
        h.createUpdate("INSERT INTO parking_sessions (id, ticket_code, plate, plate_display, non_standard_plate,"
                        + " vehicle_type, status, entry_gate, entry_time, entry_received_at, entry_offline,"
                        + " entry_station, entry_operator, suspected_duplicate, tariff_version, updated_at,"
                        + " short_code, active_short_code, ticket_key_id, ticket_signer, ticket_signature)"
                        + " VALUES (:id, :ticketCode, :plate, :plateDisplay, :nonStandard, :vehicleType, 'ACTIVE',"
                        + " :gate, :entryTime, :receivedAt, :offline, :station, :operator, :suspectedDuplicate,"
                        + " :tariffVersion, :receivedAt, :shortCode, :activeShortCode, :keyId, :signer, :signature)")
                .bind("shortCode", ShortCode.of(entry.id()))
                .bind("activeShortCode", entry.shortCodeShared() ? null : ShortCode.of(entry.id()))
                .bind("id", entry.id())
                .bind("ticketCode", entry.ticketCode())
                .bind("plate", entry.plate().normalized())
                .bind("plateDisplay", entry.plate().display())
                .bind("nonStandard", !entry.plate().standard())
                .bind("vehicleType", entry.vehicleType().name())
                .bind("gate", entry.gate())
                .bind("entryTime", entry.entryTime())
                .bind("receivedAt", entry.receivedAt())
                .bind("offline", entry.offline())
                .bind("station", entry.station())
                .bind("operator", entry.operator())
                .bind("suspectedDuplicate", entry.suspectedDuplicate())
                .bind("tariffVersion", entry.tariffVersion())
                .bind("keyId", entry.signer() == null ? null : entry.signer().keyId())
                .bind("signer", entry.signer() == null ? null : entry.signer().signer())
                .bind(
                        "signature",
                        entry.signer() == null ? null : entry.signer().signature())
                .execute();
    }

    /**
     * Records the exit side unless the session already has one. The {@code exit_id IS NULL} condition, not a prior
     * SELECT, decides between two exits racing for one ticket: the row lock lets exactly one update win.
     *
     * @return true when this exit was recorded, false when the session had already exited or does not exist
     */
    boolean recordExit(Handle h, UUID sessionId, AcceptedExit exit) {
        return h.createUpdate("UPDATE parking_sessions SET exit_id = :exitId, status = 'EXITED', exit_gate = :gate,"
                                + " exit_time = :exitTime, exit_received_at = :receivedAt, exit_offline = :offline,"
                                + " exit_station = :station, exit_operator = :operator, fee = :fee,"
                                + " expected_fee = :expectedFee, fee_mismatch = :feeMismatch, paid = :paid,"
                                + " payment_method = :paymentMethod, lost_ticket = :lostTicket, member_id = :memberId,"
                                + " exit_before_entry = :exitBeforeEntry, active_short_code = NULL,"
                                + " ticket_not_presented = :ticketNotPresented,"
                                + " updated_at = :receivedAt"
                                + " WHERE id = :id AND exit_id IS NULL AND status = 'ACTIVE'")
                        .bind("id", sessionId)
                        .bind("exitId", exit.exitId())
                        .bind("gate", exit.gate())
                        .bind("exitTime", exit.exitTime())
                        .bind("receivedAt", exit.receivedAt())
                        .bind("offline", exit.offline())
                        .bind("station", exit.station())
                        .bind("operator", exit.operator())
                        .bind("fee", exit.fee())
                        .bind("expectedFee", exit.expectedFee())
                        .bind("feeMismatch", exit.fee() != exit.expectedFee())
                        .bind("paid", exit.paid())
                        .bind("paymentMethod", exit.paymentMethod())
                        .bind("lostTicket", exit.lostTicket())
                        .bind("memberId", exit.memberId())
                        .bind("exitBeforeEntry", exit.exitBeforeEntry())
                        .bind("ticketNotPresented", exit.ticketNotPresented())
                        .execute()
                == 1;
    }

    private static SessionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SessionRow(
                uuid(rs, "id"),
                rs.getString("ticket_code"),
                rs.getString("plate"),
                rs.getString("plate_display"),
                rs.getBoolean("non_standard_plate"),
                VehicleType.valueOf(rs.getString("vehicle_type")),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getString("entry_gate"),
                instant(rs, ctx, "entry_time"),
                instant(rs, ctx, "entry_received_at"),
                rs.getBoolean("entry_offline"),
                rs.getString("entry_station"),
                rs.getBoolean("suspected_duplicate"),
                rs.getInt("tariff_version"),
                uuid(rs, "exit_id"),
                rs.getString("exit_gate"),
                instant(rs, ctx, "exit_time"),
                instant(rs, ctx, "exit_received_at"),
                rs.getObject("exit_offline", Boolean.class),
                rs.getObject("fee", Long.class),
                rs.getObject("expected_fee", Long.class),
                rs.getBoolean("fee_mismatch"),
                rs.getObject("paid", Long.class),
                rs.getString("payment_method"),
                rs.getBoolean("lost_ticket"),
                rs.getBoolean("exit_before_entry"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value.trim());
    }

    private static Instant instant(ResultSet rs, StatementContext ctx, String column) throws SQLException {
        return ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, column, ctx);
    }
}
