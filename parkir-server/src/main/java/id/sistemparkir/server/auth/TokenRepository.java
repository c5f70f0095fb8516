package id.sistemparkir.server.auth;

import id.sistemparkir.server.db.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for {@code auth_tokens} (which holds only SHA-256 digests of tokens), prepared statements only. */
final class TokenRepository {

    /** A token row joined with its user: all {@code authenticate} needs, in one query. */
    record TokenRow(
            String userId,
            String username,
            Role role,
            boolean userActive,
            String station,
            Instant expiresAt,
            boolean revoked) {}

    void insert(Handle h, String tokenHash, String userId, String station, Instant issuedAt, Instant expiresAt) {
        h.createUpdate("INSERT INTO auth_tokens (token_hash, user_id, station, issued_at, expires_at, revoked)"
                        + " VALUES (:hash, :userId, :station, :issuedAt, :expiresAt, FALSE)")
                .bind("hash", tokenHash)
                .bind("userId", userId)
                .bind("station", station)
                .bind("issuedAt", issuedAt)
                .bind("expiresAt", expiresAt)
                .execute();
    }

    Optional<TokenRow> find(Handle h, String tokenHash) {
        return h.createQuery("SELECT t.user_id, u.username, u.role, u.active, t.station, t.expires_at, t.revoked"
                        + " FROM auth_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new TokenRow(
                        rs.getString("user_id"),
                        rs.getString("username"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("active"),
                        rs.getString("station"),
                        Times.fromDb(rs.getObject("expires_at", LocalDateTime.class)),
                        rs.getBoolean("revoked")))
                .findOne();
    }

    int revoke(Handle h, String tokenHash) {
        return h.createUpdate("UPDATE auth_tokens SET revoked = TRUE WHERE token_hash = :hash AND revoked = FALSE")
                .bind("hash", tokenHash)
                .execute();
    }

    /** Revokes every live token of the user except {@code keepHash} (may be {@code null}: revoke all). */
    int revokeAllOf(Handle h, String userId, String keepHash) {
        return h.createUpdate("UPDATE auth_tokens SET revoked = TRUE"
                        + " WHERE user_id = :userId AND revoked = FALSE AND token_hash <> :keep")
                .bind("userId", userId)
                .bind("keep", keepHash == null ? "" : keepHash)
                .execute();
    }

    /** Deletes tokens that expired before {@code cutoff}: they can only ever answer "expired" again. */
    int deleteExpiredBefore(Handle h, Instant cutoff) {
        return h.createUpdate("DELETE FROM auth_tokens WHERE expires_at < :cutoff")
                .bind("cutoff", cutoff)
                .execute();
    }
}
