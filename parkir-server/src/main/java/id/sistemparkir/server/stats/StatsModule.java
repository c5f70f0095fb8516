package id.sistemparkir.server.stats;

import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.QueryParams;
import id.sistemparkir.server.settings.GarageDay;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;

/**
 * <pre>
 * GET /api/v1/stats/now                        SUPERVISOR  StatsNow
 * GET /api/v1/stats/traffic?date=YYYY-MM-DD    SUPERVISOR  Traffic (default: today, garage zone)
 * </pre>
 */
public final class StatsModule {

    private final StatsService stats;

    public StatsModule(StatsService stats) {
        this.stats = stats;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/stats/now", ctx -> ctx.json(stats.now()), Role.SUPERVISOR);
        routes.get("/api/v1/stats/traffic", this::traffic, Role.SUPERVISOR);
    }

    private void traffic(Context ctx) {
        LocalDate date = QueryParams.optional(ctx, "date")
                .map(text -> GarageDay.parseDate(text, "date"))
                .orElseGet(() -> stats.now().date());
        ctx.json(stats.traffic(date));
    }
}
