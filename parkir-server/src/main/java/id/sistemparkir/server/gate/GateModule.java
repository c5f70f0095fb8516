package id.sistemparkir.server.gate;

import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.JsonBody;
import io.javalin.config.RoutesConfig;

/**
 * <pre>
 * GET  /api/v1/gates          SUPERVISOR  [Gate]
 * POST /api/v1/gates          ADMIN       {code, name, direction, active?} → 201 Gate
 * PUT  /api/v1/gates/{code}   ADMIN       {name?, direction?, active?} → Gate
 * </pre>
 */
public final class GateModule {

    private final GateService gates;

    public GateModule(GateService gates) {
        this.gates = gates;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/gates", ctx -> ctx.json(gates.list()), Role.SUPERVISOR);
        routes.post(
                "/api/v1/gates",
                ctx -> ctx.status(201).json(gates.create(JsonBody.read(ctx, GateRequest.class), AuthContext.user(ctx))),
                Role.ADMIN);
        routes.put(
                "/api/v1/gates/{code}",
                ctx -> ctx.json(gates.update(
                        ctx.pathParam("code"), JsonBody.read(ctx, GateRequest.class), AuthContext.user(ctx))),
                Role.ADMIN);
    }
}
