package id.sistemparkir.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.text.Excerpt;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a JSON request body into a contract record: bounded in size, strict in types, clear in its errors. */
public final class JsonBody {

    /** DESIGN §4: JSON bodies over 1 MiB are refused. */
    public static final int MAX_JSON_BYTES = 1024 * 1024;

    private JsonBody() {}

    public static <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw ApiException.badRequest("unsupported_content_type", "Send the body as application/json.");
        }
        byte[] bytes = readBounded(ctx, MAX_JSON_BYTES);
        if (bytes.length == 0) {
            throw ApiException.badRequest("invalid_json", "The request body is empty.");
        }
        try {
            T value = Json.mapper().readValue(bytes, type);
            if (value == null) {
                throw ApiException.badRequest("invalid_json", "The request body is null.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("invalid_field", "Unknown field " + Excerpt.of(e.getPropertyName()) + ".");
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("invalid_field", JsonProblems.describe(e));
        } catch (ValueInstantiationException e) {
            throw ApiException.badRequest("invalid_field", JsonProblems.describe(e));
        } catch (InputCoercionException e) {
            throw ApiException.badRequest("invalid_field", JsonProblems.outOfRange(e));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException range) {
                throw ApiException.badRequest("invalid_field", JsonProblems.outOfRange(range));
            }
            throw ApiException.badRequest("invalid_field", "The body does not fit the documented fields.");
        } catch (JsonProcessingException e) {
            // Jackson's own text quotes the input ("Unrecognized token 'root:x:0:0'"): say where, not what.
            throw ApiException.badRequest("invalid_json", JsonProblems.notJson(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads at most {@code limit} bytes, whatever Content-Length claims (a chunked body has none). */
    public static byte[] readBounded(Context ctx, int limit) {
        if (ctx.contentLength() > limit) {
            throw ApiException.tooLarge("The body is larger than " + limit + " bytes.");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw ApiException.tooLarge("The body is larger than " + limit + " bytes.");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", "The request body could not be read.");
        }
    }
}
