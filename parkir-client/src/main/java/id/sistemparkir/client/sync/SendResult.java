package id.sistemparkir.client.sync;

/**
 * What the server made of one record or photo, as a {@link SyncTransport} classifies its answer (DESIGN §5a).
 * {@link Created}, {@link AlreadyPresent} and {@link Accepted} mean delivered: the record may leave the outbox.
 */
public sealed interface SendResult {

    /** 201: stored now. */
    record Created() implements SendResult {}

    /** 200 with {@code "duplicate": true}: stored before (a replay after a lost answer). */
    record AlreadyPresent() implements SendResult {}

    /** 202: an exit the server keeps until its entry arrives; delivered as far as this lane is concerned. */
    record Accepted() implements SendResult {}

    /**
     * A 4xx other than 401 (400, 403, 404, 409, 413): the server will never take the record as it is.
     *
     * @param status the HTTP status
     * @param error the error code of the body, e.g. {@code invalid_plate}
     * @param message the server's explanation
     */
    record Rejected(int status, String error, String message) implements SendResult {}

    /** Network failure, timeout, 5xx or 503 (database down): try the same record again later. */
    record RetryLater(String reason) implements SendResult {}

    /** 401: the token is missing, expired or revoked; log in again. */
    record Unauthorized(String message) implements SendResult {}

    /** Whether the server has the record (or photo) now. */
    default boolean delivered() {
        return this instanceof Created || this instanceof AlreadyPresent || this instanceof Accepted;
    }
}
