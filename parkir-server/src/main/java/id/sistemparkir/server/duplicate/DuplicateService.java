package id.sistemparkir.server.duplicate;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.audit.Reason;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.session.SessionCorrections;
import id.sistemparkir.server.session.SessionDetail;
import id.sistemparkir.server.session.SessionRecord;
import id.sistemparkir.server.session.SessionRecords;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Resolves a suspected duplicate by voiding one session (never a hard delete), with a reason, audited; the
 * {@code session.updated} and {@code duplicate.resolved} events let every window correct its occupancy at once.
 */
public final class DuplicateService {

    private final Jdbi jdbi;
    private final SessionCorrections corrections;
    private final BackOfficeEvents events;
    private final Clock clock;

    public DuplicateService(Jdbi jdbi, SessionCorrections corrections, BackOfficeEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.corrections = corrections;
        this.events = events;
        this.clock = clock;
    }

    /** @throws ApiException 400 bad request, 404 unknown session, 409 not ACTIVE; nothing changed */
    public DuplicateResolution resolve(ResolveDuplicateRequest request, AuthUser actor) {
        if (request.voidSessionId() == null) {
            throw ApiException.badRequest("invalid_field", "voidSessionId is required");
        }
        if (request.voidSessionId().equals(request.keepSessionId())) {
            throw ApiException.badRequest("invalid_field", "keepSessionId must be another session than voidSessionId");
        }
        String reason = Reason.require(request.reason());
        Instant now = clock.instant();
        DuplicateResolution resolution = jdbi.inTransaction(h -> {
            if (request.keepSessionId() != null
                    && SessionRecords.find(h, request.keepSessionId()).isEmpty()) {
                throw ApiException.notFound("unknown_session", "No parking session " + request.keepSessionId());
            }
            SessionRecord voided = corrections
                    .voidActive(h, request.voidSessionId(), reason, actor, now)
                    .orElseThrow(() -> SessionCorrections.notActive(h, request.voidSessionId()));
            AuditLog.record(
                    h,
                    actor.actor(),
                    "duplicate.resolved",
                    SessionDetail.auditTarget(voided.id()),
                    request.keepSessionId() == null ? reason : "kept " + request.keepSessionId() + ": " + reason,
                    now);
            DuplicateResolution done =
                    new DuplicateResolution(voided.view(), request.keepSessionId(), reason, actor.actor());
            events.append(h, EventNames.DUPLICATE_RESOLVED, done, now);
            return done;
        });
        events.committed();
        return resolution;
    }
}
