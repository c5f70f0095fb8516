package id.sistemparkir.server.backoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.realtime.EventNotifier;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Realtime events of back-office changes: appended in the change's transaction (so an event exists exactly when its
 * change committed), announced after the commit. The names are in {@code core.contract.EventNames}.
 */
public final class BackOfficeEvents {

    private final EventLog eventLog;
    private final EventNotifier notifier;

    public BackOfficeEvents(EventLog eventLog, EventNotifier notifier) {
        this.eventLog = eventLog;
        this.notifier = notifier;
    }

    /** Appends inside the caller's transaction; call as the last statement (it locks the sequence row). */
    public long append(Handle h, String event, Object payload, Instant at) {
        try {
            return eventLog.append(h, event, Json.mapper().writeValueAsString(payload), at);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After the commit: subscribers read the new events now. */
    public void committed() {
        notifier.eventsCommitted();
    }
}
