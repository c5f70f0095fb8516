package id.sistemparkir.server.lane;

import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.realtime.EventNotifier;
import id.sistemparkir.server.ticket.TicketKeys;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Lane work: entries, exits, photos, tickets, vehicles inside, fee quotes, tariffs. */
public final class LaneModule {

    public LaneModule(Jdbi jdbi, EventLog eventLog, EventNotifier notifier, TicketKeys ticketKeys, Clock clock) {}

    public void addRoutes(RoutesConfig routes) {}
}
