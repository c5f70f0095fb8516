package id.sistemparkir.server.session;

import id.sistemparkir.core.contract.FeeQuoteResponse;
import id.sistemparkir.server.audit.AuditQuery;
import id.sistemparkir.server.synclog.SyncLogSearch;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/sessions/{id}}: one session with everything the back office asks about it.
 *
 * @param session the row
 * @param feeBreakdown the fee under the tariff in force at entry: for the recorded exit (its time, lost ticket and
 *     membership), or, while ACTIVE, for leaving now; absent for a session voided before it exited
 * @param photos the entry photo (kind IN, record id = session id) and the exit photo (kind OUT, record id = exit id)
 *     that were uploaded; fetch them from {@code url}
 * @param syncLog what the lanes sent for the entry and the exit, and what became of it
 * @param audit back-office changes to this session (void, close, resolutions)
 */
public record SessionDetail(
        SessionRecord session,
        FeeQuoteResponse feeBreakdown,
        List<PhotoRef> photos,
        List<SyncLogSearch.Line> syncLog,
        List<AuditQuery.Line> audit) {

    /** A stored photo, without its bytes. */
    public record PhotoRef(UUID recordId, String kind, int sizeBytes, Instant uploadedAt, String url) {}

    /** The audit target of a session: {@code session:<id>}. */
    public static String auditTarget(UUID sessionId) {
        return "session:" + sessionId;
    }
}
