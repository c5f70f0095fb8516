package id.sistemparkir.server.realtime;

import id.sistemparkir.server.auth.Authenticator;
import id.sistemparkir.server.health.DatabaseHealth;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/** STUB — being replaced by the realtime work (/ws, replay, status frames, stations). */
public final class RealtimeHub implements EventNotifier, AutoCloseable {

    public RealtimeHub(
            EventLog eventLog,
            Authenticator authenticator,
            DatabaseHealth health,
            Jdbi jdbi,
            Clock clock,
            Duration statusInterval) {}

    public void start() {}

    @Override
    public void eventsCommitted() {}

    public void addRoutes(RoutesConfig routes) {}

    @Override
    public void close() {}
}
