package id.sistemparkir.core.contract;

import java.util.UUID;

/**
 * {@code POST /api/v1/sync-log/set-aside}: a lane tells the back office that a person set one of its offline records
 * aside for good (one the server keeps refusing), and why. The station is the caller's login.
 *
 * @param recordId the record's id
 * @param kind {@code entry} or {@code exit}
 * @param reason why, in the person's words (core.text.FieldRule REASON)
 */
public record SetAsideReport(UUID recordId, String kind, String reason) {

    public SetAsideReport {
        Checks.required(recordId, "recordId");
        Checks.required(kind, "kind");
    }
}
