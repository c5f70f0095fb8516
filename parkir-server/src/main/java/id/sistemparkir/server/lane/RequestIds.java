package id.sistemparkir.server.lane;

import id.sistemparkir.server.db.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The idempotency key of DESIGN §5a: a lane's record id is inserted under a unique constraint in the same transaction
 * as its effect, so a replay (a lost acknowledgement followed by a retry) can never apply twice.
 */
final class RequestIds {

    /** Thrown from inside a transaction when the id was already received; the transaction rolls back. */
    static final class AlreadyReceived extends RuntimeException {
        AlreadyReceived() {
            super(null, null, false, false);
        }
    }

    record Stored(String kind, String bodyHash) {}

    void claim(Handle h, UUID id, String kind, String bodyHash, Instant receivedAt) {
        try {
            h.createUpdate("INSERT INTO request_ids (id, kind, body_hash, received_at)"
                            + " VALUES (:id, :kind, :hash, :at)")
                    .bind("id", id)
                    .bind("kind", kind)
                    .bind("hash", bodyHash)
                    .bind("at", receivedAt)
                    .execute();
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new AlreadyReceived();
            }
            throw e;
        }
    }

    Optional<Stored> find(Handle h, UUID id) {
        return h.createQuery("SELECT kind, body_hash FROM request_ids WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(rs.getString("kind"), rs.getString("body_hash")))
                .findOne();
    }

    /** SHA-256 of the fields that make a record what it is (not transport details such as the offline flag). */
    static String hash(Object... fields) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : fields) {
            canonical.append(field).append('\u001f');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
