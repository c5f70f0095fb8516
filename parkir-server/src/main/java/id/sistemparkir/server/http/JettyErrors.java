package id.sistemparkir.server.http;

import id.sistemparkir.core.contract.ErrorBody;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a header or URI too large, a bad URI, a broken request line), answered in the API's one
 * {@code {"error","message"}} shape instead of Jetty's HTML page. The message is a fixed sentence per status: never
 * Jetty's reason, which may quote the request.
 */
public final class JettyErrors extends ErrorHandler {

    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");
    private static final HttpField NO_SNIFF = new HttpField("X-Content-Type-Options", "nosniff");

    /** The body for {@code status}. */
    static ErrorBody body(int status) {
        return switch (status) {
            case 400 -> new ErrorBody("bad_request", "The request is malformed (check the URL and the headers).");
            case 404 -> new ErrorBody("not_found", "No such endpoint.");
            case 405 -> new ErrorBody("method_not_allowed", "This method is not allowed here.");
            case 408 -> new ErrorBody("request_timeout", "The request took too long to arrive.");
            case 413 -> new ErrorBody("payload_too_large", "The body is too large.");
            case 414 -> new ErrorBody("uri_too_long", "The URL is too long.");
            case 415 -> new ErrorBody("unsupported_media_type", "This content type is not accepted.");
            case 431 -> new ErrorBody("headers_too_large", "The request headers are too large.");
            case 503 -> new ErrorBody("service_unavailable", "The server is busy or stopping; try again shortly.");
            default -> status >= 500
                    ? new ErrorBody("internal_error", "Unexpected server error; see the server log.")
                    : new ErrorBody("bad_request", "The request was refused (HTTP " + status + ").");
        };
    }

    static byte[] json(int status) {
        try {
            return Json.mapper().writeValueAsBytes(body(status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(JSON);
        response.getHeaders().put(NO_SNIFF);
        response.write(true, ByteBuffer.wrap(json(code)), callback);
    }

    /** Refusals of the HTTP parser, before there is a request (431, 414, 400 for a broken request line). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON);
        fields.put(NO_SNIFF);
        return ByteBuffer.wrap(json(status));
    }
}
