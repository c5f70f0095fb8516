package id.sistemparkir.server.lane;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.realtime.EventLog;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Appends lane events (payload: the session as {@code SessionView}) to the event log, in the producing transaction. */
final class LaneEvents {

    private final EventLog eventLog;

    LaneEvents(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    void append(Handle h, String eventName, SessionRow session, Instant at) {
        try {
            eventLog.append(h, eventName, Json.mapper().writeValueAsString(session.view()), at);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
