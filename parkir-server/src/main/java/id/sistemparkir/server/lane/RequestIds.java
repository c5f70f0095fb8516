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
 *
 * <p>Two hashes are kept. {@code body_hash} covers the validated fields that make a record what it is; {@code
 * raw_hash} covers the request as received, before any validation, so that a replay is recognised even when today's
 * rules (a rotated ticket key, a stricter plate rule) would refuse it: a stored record answers as stored.
 */
final class RequestIds {

    /** Thrown from inside a transaction when the id was already received; the transaction rolls back. */
    static final class AlreadyReceived extends RuntimeException {
        AlreadyReceived() {
            super(null, null, false, false);
        }
    }

    /** What was stored under an id; {@code rawHash} is null for records received before schema version 2. */
    record Stored(String kind, String bodyHash, String rawHash) {}

    /** Whether a request is the record stored under its id. */
    enum Match {
        SAME,
        DIFFERENT,
        /** The request did not validate and the stored record has no raw hash: nothing to compare. */
        UNKNOWN
    }

    void claim(Handle h, UUID id, String kind, String bodyHash, String rawHash, Instant receivedAt) {
        try {
            h.createUpdate("INSERT INTO request_ids (id, kind, body_hash, raw_hash, received_at)"
                            + " VALUES (:id, :kind, :hash, :raw, :at)")
                    .bind("id", id)
                    .bind("kind", kind)
                    .bind("hash", bodyHash)
                    .bind("raw", rawHash)
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
        return h.createQuery("SELECT kind, body_hash, raw_hash FROM request_ids WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(rs.getString("kind"), rs.getString("body_hash"), rs.getString("raw_hash")))
                .findOne();
    }

    /**
     * @param bodyHash the validated hash of the request, null when it did not validate under today's rules
     */
    static Match match(Stored stored, String kind, String rawHash, String bodyHash) {
        if (!stored.kind().equals(kind)) {
            return Match.DIFFERENT;
        }
        if (rawHash.equals(stored.rawHash()) || (bodyHash != null && bodyHash.equals(stored.bodyHash()))) {
            return Match.SAME;
        }
        return bodyHash == null && stored.rawHash() == null ? Match.UNKNOWN : Match.DIFFERENT;
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
