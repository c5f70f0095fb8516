package id.sistemparkir.server.synclog;

import id.sistemparkir.core.contract.SetAsideReport;
import id.sistemparkir.core.text.FieldRule;
import id.sistemparkir.core.text.InvalidFieldException;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.lane.SyncLog;
import java.time.Clock;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * A lane's report of a record a person set aside for good: one {@code SET_ASIDE} sync log line per record, with the
 * reason, so the back office sees it in {@code GET /api/v1/sync-log}. Reporting again writes nothing (the lane retries
 * when it did not hear the answer).
 */
public final class SetAsideReports {

    private final Jdbi jdbi;
    private final Clock clock;

    public SetAsideReports(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Writes the line unless this record was reported before.
     *
     * @param station the caller's station, from its login
     * @return whether a line was written now
     */
    public boolean report(SetAsideReport report, String station) {
        String kind = report.kind().strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("entry") && !kind.equals("exit")) {
            throw ApiException.badRequest("invalid_parameter", "kind must be entry or exit");
        }
        String reason;
        try {
            reason = FieldRule.REASON.require(report.reason(), "reason");
        } catch (InvalidFieldException e) {
            throw ApiException.badRequest(e.rule().errorCode(), e.getMessage());
        }
        String outcome = SyncLog.Outcome.SET_ASIDE.name();
        // One statement, so two reports at once cannot both find no line and both write one.
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO sync_log"
                                + " (record_id, kind, station, outcome, message, received_at)"
                                + " SELECT CAST(:id AS CHAR(36)), CAST(:kind AS VARCHAR(8)),"
                                + " CAST(:station AS VARCHAR(64)), CAST(:outcome AS VARCHAR(32)),"
                                + " CAST(:message AS VARCHAR(1000)), :at FROM (SELECT 1 AS one) AS x"
                                + " WHERE NOT EXISTS (SELECT 1 FROM sync_log s"
                                + " WHERE s.record_id = :id2 AND s.outcome = :outcome2)")
                        .bind("id", report.recordId().toString())
                        .bind("id2", report.recordId().toString())
                        .bind("kind", kind)
                        .bind("station", station)
                        .bind("outcome", outcome)
                        .bind("outcome2", outcome)
                        .bind("message", reason)
                        .bind("at", clock.instant())
                        .execute())
                > 0;
    }
}
