package id.sistemparkir.server.lane;

import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One row per record a lane sent, with what became of it (the "sync log" of the seed's troubleshooting). Outcomes of
 * stored records are written in their own transaction; refusals in a separate one, since theirs rolled back.
 */
public final class SyncLog {

    private static final Logger log = LoggerFactory.getLogger(SyncLog.class);

    /** What happened to a received record. */
    public enum Outcome {
        CREATED,
        ALREADY_PRESENT,
        PENDING_ENTRY,
        JOINED,
        CONFLICT,
        REJECTED,
        /** Not a server decision: a lane reports a record a person set aside for good (never sent again). */
        SET_ASIDE
    }

    private final Jdbi jdbi;

    public SyncLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void write(Handle h, UUID recordId, String kind, String station, Outcome outcome, String message, Instant at) {
        h.createUpdate("INSERT INTO sync_log (record_id, kind, station, outcome, message, received_at)"
                        + " VALUES (:id, :kind, :station, :outcome, :message, :at)")
                .bind("id", recordId)
                .bind("kind", kind)
                .bind("station", station)
                .bind("outcome", outcome.name())
                .bind("message", message == null || message.length() <= 1000 ? message : message.substring(0, 1000))
                .bind("at", at)
                .execute();
    }

    /** Best effort, outside the refused transaction: a sync log that cannot be written must not hide the answer. */
    void writeSeparately(UUID recordId, String kind, String station, Outcome outcome, String message, Instant at) {
        try {
            jdbi.useHandle(h -> write(h, recordId, kind, station, outcome, message, at));
        } catch (RuntimeException e) {
            log.warn("Could not write the sync log for {} {} ({}): {}", kind, recordId, outcome, e.toString());
        }
    }
}
