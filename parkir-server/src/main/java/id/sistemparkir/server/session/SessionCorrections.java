package id.sistemparkir.server.session;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.audit.Reason;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Back-office corrections of ACTIVE sessions, inside the caller's transaction: void (never a hard delete) or close
 * with a flat fee. Each is conditional on the row still being ACTIVE without an exit, so a lane exit racing a
 * correction either wins (the correction is refused) or loses (its exit gets 409 like any second exit). Each writes
 * its audit line and a {@code session.updated} event, so occupancy corrects itself in every connected window.
 */
public final class SessionCorrections {

    /** The gate and payment method recorded for a session closed by the back office. */
    public static final String BACKOFFICE = "BACKOFFICE";

    private final Jdbi jdbi;
    private final BackOfficeEvents events;
    private final Clock clock;

    public SessionCorrections(Jdbi jdbi, BackOfficeEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Voids one ACTIVE session in a transaction of its own.
     *
     * @throws ApiException 400 without a reason, 404 unknown, 409 {@code not_active}; nothing changed
     */
    public SessionRecord voidSession(UUID id, String reason, AuthUser actor) {
        String checked = Reason.require(reason);
        Instant now = clock.instant();
        SessionRecord voided =
                jdbi.inTransaction(h -> voidActive(h, id, checked, actor, now).orElseThrow(() -> notActive(h, id)));
        events.committed();
        return voided;
    }

    /**
     * Voids an ACTIVE session.
     *
     * @return the voided session, or empty when it is unknown or no longer ACTIVE
     */
    public Optional<SessionRecord> voidActive(Handle h, UUID id, String reason, AuthUser actor, Instant now) {
        Optional<SessionRecord> before = SessionRecords.lock(h, id);
        if (before.isEmpty() || !SessionRecord.ACTIVE.equals(before.get().status())) {
            return Optional.empty();
        }
        int updated = h.createUpdate(
                        "UPDATE parking_sessions SET status = 'VOID', void_reason = :reason, active_short_code = NULL,"
                                + " voided_by = :actor, voided_at = :now, updated_at = :now"
                                + " WHERE id = :id AND status = 'ACTIVE' AND exit_id IS NULL")
                .bind("id", id)
                .bind("reason", reason)
                .bind("actor", actor.actor())
                .bind("now", now)
                .execute();
        return updated == 1
                ? Optional.of(changed(h, before.get(), "session.voided", reason, actor, now))
                : Optional.empty();
    }

    /**
     * Closes an ACTIVE session as exited now through the back office, charged and paid {@code fee} (payment method
     * {@value #BACKOFFICE}, so reports show such money apart from the lanes').
     *
     * @return the closed session, or empty when it is unknown or no longer ACTIVE
     */
    public Optional<SessionRecord> closeActive(
            Handle h, UUID id, long fee, String reason, AuthUser actor, Instant now) {
        Optional<SessionRecord> before = SessionRecords.lock(h, id);
        if (before.isEmpty() || !SessionRecord.ACTIVE.equals(before.get().status())) {
            return Optional.empty();
        }
        int updated = h.createUpdate(
                        "UPDATE parking_sessions SET status = 'EXITED', exit_id = :exitId, active_short_code = NULL,"
                                + " exit_gate = :gate, exit_time = :now, exit_received_at = :now, exit_offline = FALSE,"
                                + " exit_station = :station, exit_operator = :operator, fee = :fee, expected_fee = :fee,"
                                + " fee_mismatch = FALSE, paid = :fee, payment_method = :method, lost_ticket = FALSE,"
                                + " updated_at = :now WHERE id = :id AND status = 'ACTIVE' AND exit_id IS NULL")
                .bind("id", id)
                .bind("exitId", UUID.randomUUID())
                .bind("gate", BACKOFFICE)
                .bind("now", now)
                .bind("station", actor.station().orElse(null))
                .bind("operator", actor.username())
                .bind("fee", fee)
                .bind("method", BACKOFFICE)
                .execute();
        return updated == 1
                ? Optional.of(changed(h, before.get(), "session.closed", reason + " (fee " + fee + ")", actor, now))
                : Optional.empty();
    }

    private SessionRecord changed(
            Handle h, SessionRecord before, String action, String detail, AuthUser actor, Instant now) {
        SessionRecord after = SessionRecords.find(h, before.id()).orElseThrow();
        AuditLog.change(h, actor.actor(), action, SessionDetail.auditTarget(before.id()), detail, before, after, now);
        events.append(h, EventNames.SESSION_UPDATED, after.view(), now);
        return after;
    }

    /** 409 for a session that is not (or no longer) ACTIVE, 404 for an unknown one. */
    public static ApiException notActive(Handle h, UUID id) {
        return SessionRecords.find(h, id)
                .map(s -> ApiException.conflict(
                        "not_active",
                        "Session " + id + " is " + s.status() + ", not ACTIVE; nothing was changed.",
                        null))
                .orElseGet(() -> ApiException.notFound("unknown_session", "No parking session " + id));
    }
}
