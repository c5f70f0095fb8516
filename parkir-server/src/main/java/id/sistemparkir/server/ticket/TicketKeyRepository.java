package id.sistemparkir.server.ticket;

import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.server.db.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The public ticket keys (table {@code ticket_keys}); plain SQL for H2 and MariaDB. */
final class TicketKeyRepository {

    private static final String COLUMNS = "key_id, station, public_key, enrolled_at, retired_at, revoked_at";

    List<TicketKeyDto> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM ticket_keys ORDER BY station, enrolled_at DESC, key_id")
                .map((rs, ctx) -> row(rs))
                .list();
    }

    List<TicketKeyDto> ofStation(Handle h, String station) {
        return h.createQuery("SELECT " + COLUMNS + " FROM ticket_keys WHERE station = :station"
                        + " ORDER BY enrolled_at DESC, key_id")
                .bind("station", station)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    void insert(Handle h, TicketKeyDto key) {
        h.createUpdate("INSERT INTO ticket_keys (" + COLUMNS + ")"
                        + " VALUES (:keyId, :station, :publicKey, :enrolledAt, NULL, NULL)")
                .bind("keyId", key.keyId())
                .bind("station", key.station())
                .bind("publicKey", key.publicKey())
                .bind("enrolledAt", Times.toDb(key.enrolledAt()))
                .execute();
    }

    /** Marks the station's current keys as replaced; their tickets stay valid. */
    void retireCurrent(Handle h, String station, Instant at) {
        h.createUpdate("UPDATE ticket_keys SET retired_at = :at WHERE station = :station AND retired_at IS NULL")
                .bind("station", station)
                .bind("at", Times.toDb(at))
                .execute();
    }

    /** Revokes every key of the station from {@code at}, or from an earlier revocation it already has. */
    void revokeAll(Handle h, String station, Instant at) {
        h.createUpdate("UPDATE ticket_keys SET revoked_at = :at"
                        + " WHERE station = :station AND (revoked_at IS NULL OR revoked_at > :at)")
                .bind("station", station)
                .bind("at", Times.toDb(at))
                .execute();
    }

    private static TicketKeyDto row(ResultSet rs) throws SQLException {
        return new TicketKeyDto(
                rs.getString("key_id"),
                rs.getString("station"),
                rs.getString("public_key"),
                instant(rs, "enrolled_at"),
                instant(rs, "retired_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : Times.fromDb(value);
    }
}
