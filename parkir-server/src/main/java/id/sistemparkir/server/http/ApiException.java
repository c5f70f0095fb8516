package id.sistemparkir.server.http;

/**
 * A request that cannot be served, with the HTTP status and the machine-readable {@code error} code of the contract
 * (DESIGN §4). Thrown by validators and services, mapped to {@code {"error","message"}} in one place ({@link
 * ErrorMapping}). {@code body}, when present, replaces the error body (a 409 that carries the existing record).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final transient Object body;

    public ApiException(int status, String error, String message) {
        this(status, error, message, null);
    }

    public ApiException(int status, String error, String message, Object body) {
        super(message);
        this.status = status;
        this.error = error;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Object body() {
        return body;
    }

    public static ApiException badRequest(String error, String message) {
        return new ApiException(400, error, message);
    }

    public static ApiException unauthorized(String error, String message) {
        return new ApiException(401, error, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException notFound(String error, String message) {
        return new ApiException(404, error, message);
    }

    public static ApiException conflict(String error, String message, Object body) {
        return new ApiException(409, error, message, body);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "payload_too_large", message);
    }

    public static ApiException databaseUnavailable() {
        return new ApiException(503, "database_unavailable", "The database is not reachable; try again shortly.");
    }
}
