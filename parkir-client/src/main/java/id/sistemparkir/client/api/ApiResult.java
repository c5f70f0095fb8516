package id.sistemparkir.client.api;

import java.util.function.Function;

/**
 * What a server call came to, classified the way DESIGN §5a needs it: {@link Ok}; {@link Rejected} (a 4xx: the
 * server will refuse this request again, so it needs attention); {@link Unauthorized} (log in again, then retry);
 * {@link Unavailable} (network, timeout, 5xx, database down: retry later, nothing is lost).
 *
 * @param <T> the body of a successful answer
 */
public sealed interface ApiResult<T>
        permits ApiResult.Ok, ApiResult.Rejected, ApiResult.Unauthorized, ApiResult.Unavailable {

    /**
     * The server answered as hoped (a 2xx; for the health check also a 503 that carries the health body).
     *
     * @param status the HTTP status, e.g. 201 for a new entry, 200 for a replayed one
     * @param body the parsed answer; {@code null} for calls without one ({@code Void})
     */
    record Ok<T>(int status, T body) implements ApiResult<T> {}

    /**
     * The server refused the request (any 4xx except 401). Sending it again will not help.
     *
     * @param error the server's machine code, e.g. {@code bad_request}, {@code already_exited}
     * @param message the server's explanation
     * @param rawBody the whole answer, e.g. a 409 that carries the {@code existing} record
     */
    record Rejected<T>(int status, String error, String message, String rawBody) implements ApiResult<T> {}

    /**
     * 401: no token, or an unknown, revoked or expired one ({@code token_expired}); or wrong credentials at login.
     */
    record Unauthorized<T>(String error, String message) implements ApiResult<T> {}

    /**
     * The server could not be asked, or could not answer: connect failure, timeout, I/O error, any 5xx (503: the
     * database is down), or a 2xx whose body cannot be read. Try again later.
     *
     * @param reason for logs and the outbox's {@code lastError}; never shown to an operator as is
     */
    record Unavailable<T>(String reason) implements ApiResult<T> {}

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The body of an {@link Ok}, else {@code null}. */
    default T bodyOrNull() {
        return this instanceof Ok<T> ok ? ok.body() : null;
    }

    /** This result with its body mapped; the other outcomes are kept as they are (with the new type). */
    default <U> ApiResult<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(ok.status(), ok.body() == null ? null : mapper.apply(ok.body()));
        }
        if (this instanceof Rejected<T> rejected) {
            return new Rejected<>(rejected.status(), rejected.error(), rejected.message(), rejected.rawBody());
        }
        if (this instanceof Unauthorized<T> unauthorized) {
            return new Unauthorized<>(unauthorized.error(), unauthorized.message());
        }
        return new Unavailable<>(((Unavailable<T>) this).reason());
    }

    /** One line for logs and for an outbox record's {@code lastError}, e.g. {@code 409 already_exited: ...}. */
    default String describe() {
        if (this instanceof Ok<T> ok) {
            return "OK " + ok.status();
        }
        if (this instanceof Rejected<T> rejected) {
            return rejected.status() + " " + rejected.error() + ": " + rejected.message();
        }
        if (this instanceof Unauthorized<T> unauthorized) {
            return "401 " + unauthorized.error() + ": " + unauthorized.message();
        }
        return "unavailable: " + ((Unavailable<T>) this).reason();
    }
}
