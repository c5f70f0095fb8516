package id.sistemparkir.server.http;

import id.sistemparkir.core.contract.ErrorBody;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.text.Excerpt;
import id.sistemparkir.server.db.Sql;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become HTTP statuses and {@code {"error","message"}} bodies (DESIGN §4). */
public final class ErrorMapping {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    /** No error message is longer than this, whatever a validator put into it (issue 9: bounded echoes). */
    static final int MAX_MESSAGE_CHARS = 300;

    public static void register(RoutesConfig routes) {
        // Browsers must never guess a type: a photo or an error body is what its Content-Type says.
        routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, fromJavalin(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (Sql.isConnectionFailure(e)) {
                log.warn("Database unavailable for {} {}: {}", ctx.method(), ctx.path(), rootMessage(e));
                respond(ctx, ApiException.databaseUnavailable());
            } else {
                log.error("Unexpected error for {} {}", ctx.method(), ctx.path(), e);
                respond(ctx, new ApiException(500, "internal_error", "Unexpected server error; see the server log."));
            }
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(
                        ctx,
                        ApiException.notFound(
                                "not_found", "No such endpoint: " + ctx.method() + " " + Excerpt.of(ctx.path()) + "."));
            }
        });
        routes.error(
                405,
                ctx -> respond(ctx, new ApiException(405, "method_not_allowed", "This method is not allowed here.")));
    }

    /**
     * Writes and commits the error answer on the servlet response at once, for the few places where Javalin would not
     * write a mapped body (the WebSocket upgrade).
     */
    public static void commit(Context ctx, ApiException e) {
        try {
            byte[] body = Json.mapper()
                    .writeValueAsBytes(
                            e.body() != null
                                    ? e.body()
                                    : new ErrorBody(e.error(), Excerpt.bound(e.getMessage(), MAX_MESSAGE_CHARS)));
            ctx.res().setStatus(e.status());
            ctx.res().setContentType("application/json");
            ctx.res().setContentLength(body.length);
            ctx.res().getOutputStream().write(body);
            ctx.res().flushBuffer();
        } catch (java.io.IOException | IllegalStateException failure) {
            log.debug("Could not write the refusal of {}: {}", ctx.path(), failure.toString());
        }
    }

    private static void respond(Context ctx, ApiException e) {
        ctx.status(e.status());
        ctx.json(
                e.body() != null
                        ? e.body()
                        : new ErrorBody(e.error(), Excerpt.bound(e.getMessage(), MAX_MESSAGE_CHARS)));
    }

    private static ApiException fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 401 -> ApiException.unauthorized("unauthorized", e.getMessage());
            case 403 -> ApiException.forbidden(e.getMessage());
                // Javalin's own wording may name the path or Java types: the fixed sentence of the status instead.
            default -> new ApiException(
                    e.getStatus(),
                    JettyErrors.body(e.getStatus()).error(),
                    JettyErrors.body(e.getStatus()).message());
        };
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
