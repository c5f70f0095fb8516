package id.sistemparkir.server.ticket;

import id.sistemparkir.core.contract.StationEnrollRequest;
import id.sistemparkir.core.contract.StationKeyRequest;
import id.sistemparkir.core.contract.StationRevokeRequest;
import id.sistemparkir.core.contract.TicketKeysResponse;
import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.JsonBody;
import io.javalin.config.RoutesConfig;

/**
 * <pre>
 * GET  /api/v1/ticket-keys                        OPERATOR  {keys: [TicketKeyDto]}  (public keys only)
 * GET  /api/v1/ticket-stations                    ADMIN     [EnrolledStationView]
 * POST /api/v1/ticket-stations                    ADMIN     {code, name, direction, gate, publicKey} → 201
 * POST /api/v1/ticket-stations/{code}/rotate      ADMIN     {publicKey} → EnrolledStationView
 * POST /api/v1/ticket-stations/{code}/revoke      ADMIN     {revokedAt?, reason} → EnrolledStationView
 * </pre>
 */
public final class TicketKeysModule {

    private final TicketKeys keys;
    private final TicketStations stations;

    public TicketKeysModule(TicketKeys keys, TicketStations stations) {
        this.keys = keys;
        this.stations = stations;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/ticket-keys", ctx -> ctx.json(new TicketKeysResponse(keys.publicKeys())), Role.OPERATOR);
        routes.get("/api/v1/ticket-stations", ctx -> ctx.json(stations.list()), Role.ADMIN);
        routes.post(
                "/api/v1/ticket-stations",
                ctx -> ctx.status(201)
                        .json(stations.enroll(JsonBody.read(ctx, StationEnrollRequest.class), AuthContext.user(ctx))),
                Role.ADMIN);
        routes.post(
                "/api/v1/ticket-stations/{code}/rotate",
                ctx -> ctx.json(stations.rotate(
                        ctx.pathParam("code"), JsonBody.read(ctx, StationKeyRequest.class), AuthContext.user(ctx))),
                Role.ADMIN);
        routes.post(
                "/api/v1/ticket-stations/{code}/revoke",
                ctx -> ctx.json(stations.revoke(
                        ctx.pathParam("code"), JsonBody.read(ctx, StationRevokeRequest.class), AuthContext.user(ctx))),
                Role.ADMIN);
    }
}
