package id.sistemparkir.server.duplicate;

import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.JsonBody;
import io.javalin.config.RoutesConfig;

/**
 * <pre>
 * GET  /api/v1/duplicates           SUPERVISOR  [DuplicateGroup]
 * POST /api/v1/duplicates/resolve   SUPERVISOR  {voidSessionId, keepSessionId?, reason} → DuplicateResolution
 * </pre>
 */
public final class DuplicateModule {

    private final DuplicateFinder finder;
    private final DuplicateService service;

    public DuplicateModule(DuplicateFinder finder, DuplicateService service) {
        this.finder = finder;
        this.service = service;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/duplicates", ctx -> ctx.json(finder.find()), Role.SUPERVISOR);
        routes.post(
                "/api/v1/duplicates/resolve",
                ctx -> ctx.json(
                        service.resolve(JsonBody.read(ctx, ResolveDuplicateRequest.class), AuthContext.user(ctx))),
                Role.SUPERVISOR);
    }
}
