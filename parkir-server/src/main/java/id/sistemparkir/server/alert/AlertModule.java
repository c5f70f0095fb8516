package id.sistemparkir.server.alert;

import id.sistemparkir.server.auth.Role;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/v1/alerts} (SUPERVISOR): the alerts that hold now; changes also come as realtime events. */
public final class AlertModule {

    private final AlertService alerts;

    public AlertModule(AlertService alerts) {
        this.alerts = alerts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/alerts", ctx -> ctx.json(alerts.current()), Role.SUPERVISOR);
    }
}
