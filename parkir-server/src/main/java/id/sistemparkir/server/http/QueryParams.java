package id.sistemparkir.server.http;

import id.sistemparkir.core.text.Excerpt;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Typed query parameters with the API's 400 on bad values. */
public final class QueryParams {

    private QueryParams() {}

    public static Optional<String> optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static Optional<Integer> integer(Context ctx, String name) {
        return optional(ctx, name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(
                        "invalid_parameter", name + " must be a whole number, was " + Excerpt.of(value) + ".");
            }
        });
    }

    public static Optional<Boolean> bool(Context ctx, String name) {
        return optional(ctx, name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(
                    "invalid_parameter", name + " must be true or false, was " + Excerpt.of(value) + ".");
        });
    }

    /** ISO-8601 with an offset, e.g. {@code 2026-11-25T10:30:00+07:00}. */
    public static Optional<Instant> instant(Context ctx, String name) {
        return optional(ctx, name).map(value -> {
            try {
                // An unencoded '+' in a query string arrives as a space: accept it rather than puzzle a script writer.
                return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(
                        "invalid_parameter",
                        name + " must be an ISO-8601 time with offset, was " + Excerpt.of(value) + ".");
            }
        });
    }
}
