package id.sistemparkir.server.health;

import id.sistemparkir.server.db.Database;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.function.Consumer;

/** STUB — being replaced by the health work (background probe, GET /api/v1/health). */
public final class HealthMonitor implements DatabaseHealth, AutoCloseable {

    public HealthMonitor(Database database, Clock clock) {}

    public void start() {}

    @Override
    public boolean databaseUp() {
        return true;
    }

    @Override
    public void addListener(Consumer<Boolean> listener) {}

    public void addRoutes(RoutesConfig routes) {}

    @Override
    public void close() {}
}
