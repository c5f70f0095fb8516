package id.sistemparkir.server.lane;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.contract.ExitConflictView;
import id.sistemparkir.core.contract.PendingExitView;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.realtime.EventLog;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Appends lane events to the event log, in the producing transaction: vehicle events carry the session as {@code
 * SessionView}, {@code exit.conflict} an {@code ExitConflictView}, {@code pending_exit.overdue} a {@code
 * PendingExitView}.
 */
final class LaneEvents {

    private final EventLog eventLog;

    LaneEvents(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    void append(Handle h, String eventName, SessionRow session, Instant at) {
        appendJson(h, eventName, session.view(), at);
    }

    void appendConflict(Handle h, ExitConflictView conflict, Instant at) {
        appendJson(h, EventNames.EXIT_CONFLICT, conflict, at);
    }

    void appendOverdue(Handle h, PendingExitView pending, Instant at) {
        appendJson(h, EventNames.PENDING_EXIT_OVERDUE, pending, at);
    }

    private void appendJson(Handle h, String eventName, Object payload, Instant at) {
        try {
            eventLog.append(h, eventName, Json.mapper().writeValueAsString(payload), at);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
