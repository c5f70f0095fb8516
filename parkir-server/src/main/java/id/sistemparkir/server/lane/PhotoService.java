package id.sistemparkir.server.lane;

import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.http.ApiException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code PUT /api/v1/photos/{recordId}}: a vehicle photo (JPEG, at most 5 MiB) for an entry or exit record. Idempotent:
 * the body must be a JPEG with sane dimensions ({@link JpegCheck}); the same bytes again are "already present"; different bytes for the same record are a conflict.
 */
public final class PhotoService {

    /** What a PUT did. */
    public enum Outcome {
        STORED,
        ALREADY_PRESENT
    }

    /** A stored photo. */
    public record Photo(String contentType, byte[] content) {}

    private final Jdbi jdbi;
    private final Clock clock;

    PhotoService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Outcome store(UUID recordId, String kind, byte[] jpeg) {
        if (!"IN".equals(kind) && !"OUT".equals(kind)) {
            throw ApiException.badRequest("invalid_kind", "kind must be IN or OUT");
        }
        JpegCheck.require(jpeg);
        String sha256 = sha256(jpeg);
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO photos (record_id, kind, content_type, size_bytes, sha256,"
                            + " content, uploaded_at) VALUES (:id, :kind, 'image/jpeg', :size, :sha, :content, :at)")
                    .bind("id", recordId)
                    .bind("kind", kind)
                    .bind("size", jpeg.length)
                    .bind("sha", sha256)
                    .bind("content", jpeg)
                    .bind("at", clock.instant())
                    .execute());
            return Outcome.STORED;
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
        }
        String existing = jdbi.withHandle(h -> h.createQuery("SELECT sha256 FROM photos WHERE record_id = :id")
                .bind("id", recordId)
                .mapTo(String.class)
                .one());
        if (!existing.equals(sha256)) {
            throw ApiException.conflict("photo_conflict", "A different photo is already stored for " + recordId, null);
        }
        return Outcome.ALREADY_PRESENT;
    }

    public Optional<Photo> find(UUID recordId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content_type, content FROM photos WHERE record_id = :id")
                .bind("id", recordId)
                .map((rs, ctx) -> new Photo(rs.getString("content_type"), rs.getBytes("content")))
                .findOne());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
