package id.sistemparkir.server.settings;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.JsonBody;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.Map;

/**
 * <pre>
 * GET /api/v1/settings    ADMIN       GarageSettings
 * PUT /api/v1/settings    ADMIN       SettingsUpdate (fields to change) → GarageSettings
 * GET /api/v1/capacity    SUPERVISOR  {"MOTOR": n, "MOBIL": n, "TRUK": n} (0 = unknown)
 * PUT /api/v1/capacity    ADMIN       the same shape, classes to change → the capacity
 * </pre>
 */
public final class SettingsModule {

    private final SettingsService settings;

    public SettingsModule(SettingsService settings) {
        this.settings = settings;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/settings", ctx -> ctx.json(settings.current()), Role.ADMIN);
        routes.put(
                "/api/v1/settings",
                ctx -> ctx.json(settings.update(JsonBody.read(ctx, SettingsUpdate.class), AuthContext.user(ctx))),
                Role.ADMIN);
        routes.get("/api/v1/capacity", ctx -> ctx.json(settings.current().capacity()), Role.SUPERVISOR);
        routes.put("/api/v1/capacity", this::putCapacity, Role.ADMIN);
    }

    private void putCapacity(Context ctx) {
        JsonNode body = JsonBody.read(ctx, JsonNode.class);
        if (!body.isObject()) {
            throw ApiException.badRequest("invalid_field", "Give spaces per class, e.g. {\"MOBIL\": 500}.");
        }
        Map<VehicleType, Integer> capacity = new EnumMap<>(VehicleType.class);
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            VehicleType type;
            try {
                type = VehicleType.valueOf(field.getKey());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_field", "Unknown vehicle class '" + field.getKey() + "'.");
            }
            if (!field.getValue().canConvertToInt() || !field.getValue().isIntegralNumber()) {
                throw ApiException.badRequest("invalid_field", field.getKey() + " must be a whole number of spaces.");
            }
            capacity.put(type, field.getValue().intValue());
        }
        ctx.json(settings.updateCapacity(capacity, AuthContext.user(ctx)).capacity());
    }
}
