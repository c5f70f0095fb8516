package id.sistemparkir.server.station;

import id.sistemparkir.server.auth.Role;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/v1/stations} (SUPERVISOR): every lane and admin station, windows and command-line lanes alike. */
public final class StationsModule {

    private final StationsService stations;

    public StationsModule(StationsService stations) {
        this.stations = stations;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/stations", ctx -> ctx.json(stations.list()), Role.SUPERVISOR);
    }
}
