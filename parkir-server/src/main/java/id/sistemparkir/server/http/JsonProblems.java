package id.sistemparkir.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.sistemparkir.core.text.Excerpt;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Jackson's failures in words for a person: the field and the kind of value expected ("a whole number", "text"),
 * never Java class names or Jackson internals, and never more of the input than an {@link Excerpt}.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /** A value of the wrong type, or a body that is not the object expected. */
    public static String describe(MismatchedInputException e) {
        String path = path(e.getPath());
        if (path.isEmpty()) {
            return "The body must be a JSON object with the documented fields.";
        }
        return "Field '" + path + "' has the wrong type or value (expected " + expected(e.getTargetType()) + ").";
    }

    /** A contract record's constructor refused the values (e.g. "plate is required"). */
    public static String describe(ValueInstantiationException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String reason = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage()
                : "a field has a value that is not allowed";
        return Excerpt.bound(reason, 200);
    }

    public static String outOfRange(InputCoercionException e) {
        String where = e.getProcessor() == null ? "" : field(e);
        return "A number " + where + "is out of range.";
    }

    public static String notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return "The body is not valid JSON" + where + ".";
    }

    static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(ref ->
                        ref.getFieldName() != null ? Excerpt.bound(ref.getFieldName(), 40) : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "an ISO-8601 time with offset, e.g. 2026-11-25T10:30:00+07:00";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return "an object";
    }

    private static String field(InputCoercionException e) {
        try {
            String name = e.getProcessor() == null ? null : e.getProcessor().currentName();
            return name == null ? "" : "in '" + Excerpt.bound(name, 40) + "' ";
        } catch (java.io.IOException | RuntimeException ignored) {
            return "";
        }
    }
}
