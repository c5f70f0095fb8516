package id.sistemparkir.client.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns an HTTP status and body into an {@link ApiResult} (DESIGN §4, §5a). Pure: no I/O, so every rule is unit-tested.
 *
 * <ul>
 *   <li>2xx: {@code Ok} with the body read leniently (unknown fields ignored); an unreadable body is {@code
 *       Unavailable} (a proxy's HTML page, a half answer), never a guess;
 *   <li>401: {@code Unauthorized}; other 4xx: {@code Rejected} with the server's {@code error} code and the raw body;
 *   <li>5xx (503 = database down), 1xx, 3xx: {@code Unavailable}; except that a call may accept a 503 whose body it can
 *       read ({@code GET /api/v1/health} answers 503 WITH its health body: the server is there, its database is not).
 * </ul>
 */
final class ResponseClassifier {

    private static final ObjectMapper READER = Json.lenientMapper();
    private static final int MAX_REASON_BODY = 200;

    private ResponseClassifier() {}

    /**
     * @param type the body type of an {@code Ok}, or {@code null} when the call has no body ({@code Void})
     * @param bodyOn503 whether a 503 with a readable body counts as {@code Ok}
     */
    static <T> ApiResult<T> classify(int status, byte[] body, JavaType type, boolean bodyOn503) {
        if (status >= 200 && status < 300) {
            return okOrUnreadable(status, body, type);
        }
        if (status == 503 && bodyOn503 && type != null) {
            ApiResult<T> read = okOrUnreadable(status, body, type);
            if (read.isOk()) {
                return read;
            }
        }
        if (status == 401) {
            ErrorFields error = errorFields(body, "unauthorized");
            return new ApiResult.Unauthorized<>(error.code(), error.message());
        }
        // Timeouts and rate limits of the server or a proxy in front of it mean "later", not "never".
        if (status >= 400 && status < 500 && status != 408 && status != 425 && status != 429) {
            ErrorFields error = errorFields(body, "http_" + status);
            return new ApiResult.Rejected<>(status, error.code(), error.message(), text(body));
        }
        ErrorFields error = errorFields(body, "http_" + status);
        return new ApiResult.Unavailable<>("HTTP " + status + " " + error.code() + ": " + error.message());
    }

    @SuppressWarnings("unchecked")
    private static <T> ApiResult<T> okOrUnreadable(int status, byte[] body, JavaType type) {
        if (type == null) {
            return new ApiResult.Ok<>(status, null);
        }
        if (type.getRawClass() == byte[].class) { // a photo: the body as it came
            return new ApiResult.Ok<>(status, (T) (body == null ? new byte[0] : body));
        }
        try {
            T value = body == null || body.length == 0 ? null : (T) READER.readValue(body, type);
            if (value == null) {
                return new ApiResult.Unavailable<>("HTTP " + status + " without the expected " + type.getTypeName());
            }
            return new ApiResult.Ok<>(status, value);
        } catch (IOException | IllegalArgumentException e) {
            return new ApiResult.Unavailable<>("HTTP " + status + " with an unreadable body ("
                    + e.getClass().getSimpleName() + "): " + abbreviate(text(body)));
        }
    }

    /** The {@code {"error","message"}} of an error answer, or stand-ins when the body is not that shape. */
    private static ErrorFields errorFields(byte[] body, String fallbackCode) {
        String raw = text(body);
        try {
            JsonNode tree = body == null || body.length == 0 ? null : READER.readTree(body);
            if (tree != null && tree.isObject()) {
                String code = tree.path("error").isTextual() ? tree.get("error").textValue() : fallbackCode;
                String message =
                        tree.path("message").isTextual() ? tree.get("message").textValue() : "";
                return new ErrorFields(code, message);
            }
        } catch (IOException e) {
            // not JSON: use the text itself
        }
        return new ErrorFields(fallbackCode, abbreviate(raw));
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_REASON_BODY ? flat : flat.substring(0, MAX_REASON_BODY) + "...";
    }

    private record ErrorFields(String code, String message) {}
}
