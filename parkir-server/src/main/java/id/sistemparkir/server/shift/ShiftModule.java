package id.sistemparkir.server.shift;

import id.sistemparkir.core.contract.ShiftCloseRequest;
import id.sistemparkir.core.contract.ShiftOpenRequest;
import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.JsonBody;
import id.sistemparkir.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Shifts over HTTP (roles by the access filter; who sees which shift by {@link ShiftService}):
 *
 * <pre>
 * POST /api/v1/shifts                    OPERATOR    open mine at my station (201), or the open one (200)
 * GET  /api/v1/shifts/current            OPERATOR    my open shift with its figures until now (404 none)
 * GET  /api/v1/shifts/{id}               OPERATOR    one shift: mine, or any for a supervisor (the shift report)
 * GET  /api/v1/shifts/{id}/transactions  OPERATOR    its exits, newest first
 * POST /api/v1/shifts/{id}/close         OPERATOR    "Tutup Shift" {cashCounted, note}; 409 when closed already
 * GET  /api/v1/shifts?from&to&station&status&limit   SUPERVISOR
 * </pre>
 */
public final class ShiftModule {

    private final ShiftService service;
    private final Clock clock;

    public ShiftModule(Jdbi jdbi, Clock clock) {
        this.service = new ShiftService(jdbi, new ShiftRepository(), new ShiftFigures(), clock);
        this.clock = clock;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.post("/api/v1/shifts", this::open, Role.OPERATOR);
        routes.get("/api/v1/shifts/current", ctx -> ctx.json(service.current(AuthContext.user(ctx))), Role.OPERATOR);
        routes.get("/api/v1/shifts/{id}", ctx -> ctx.json(service.find(AuthContext.user(ctx), id(ctx))), Role.OPERATOR);
        routes.get("/api/v1/shifts/{id}/transactions", this::transactions, Role.OPERATOR);
        routes.post("/api/v1/shifts/{id}/close", this::close, Role.OPERATOR);
        routes.get("/api/v1/shifts", this::list, Role.SUPERVISOR);
    }

    private void open(Context ctx) {
        // No body: open from now (a lane that was online all along).
        ShiftOpenRequest request =
                ctx.contentLength() == 0 ? new ShiftOpenRequest(null) : JsonBody.read(ctx, ShiftOpenRequest.class);
        ShiftService.Opened opened = service.open(AuthContext.user(ctx), request.openedAt());
        ctx.status(opened.created() ? 201 : 200).json(opened.shift());
    }

    private void transactions(Context ctx) {
        int limit = QueryParams.integer(ctx, "limit").orElse(500);
        if (limit < 1 || limit > 2000) {
            throw ApiException.badRequest("invalid_limit", "limit must be 1-2000, was " + limit);
        }
        ctx.json(service.transactions(AuthContext.user(ctx), id(ctx), limit));
    }

    private void close(Context ctx) {
        ShiftCloseRequest request = JsonBody.read(ctx, ShiftCloseRequest.class);
        ctx.json(service.close(AuthContext.user(ctx), id(ctx), request));
    }

    private void list(Context ctx) {
        Instant to = QueryParams.instant(ctx, "to").orElseGet(clock::instant);
        Instant from = QueryParams.instant(ctx, "from").orElse(to.minus(Duration.ofDays(1)));
        ctx.json(service.list(
                from,
                to,
                QueryParams.optional(ctx, "station").orElse(null),
                QueryParams.optional(ctx, "status").orElse(null),
                QueryParams.integer(ctx, "limit").orElse(100)));
    }

    private static UUID id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equals(text.toLowerCase())) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_id", "shift id must be a UUID");
        }
    }
}
