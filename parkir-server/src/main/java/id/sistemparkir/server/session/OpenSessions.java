package id.sistemparkir.server.session;

import id.sistemparkir.server.audit.Reason;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Sessions left open (ACTIVE longer than N hours, typically after a long outage): list them; close them in bulk with
 * a flat fee, or void them, with a reason. One transaction for the whole batch; a session that exited meanwhile is
 * skipped and reported, never changed.
 */
public final class OpenSessions {

    public static final int MAX_BATCH = 500;
    public static final int MAX_LIST = 1000;
    private static final long MAX_FLAT_FEE = 100_000_000L;

    /** What a bulk close did: the sessions changed, and those skipped with why. */
    public record Outcome(String action, List<SessionRecord> changed, List<Skipped> skipped) {}

    /** A listed session that was left as it was. */
    public record Skipped(UUID sessionId, String reason) {}

    private final Jdbi jdbi;
    private final SessionCorrections corrections;
    private final BackOfficeEvents events;
    private final Clock clock;

    public OpenSessions(Jdbi jdbi, SessionCorrections corrections, BackOfficeEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.corrections = corrections;
        this.events = events;
        this.clock = clock;
    }

    public List<SessionRecord> olderThan(int hours) {
        if (hours < 1 || hours > 24 * 365) {
            throw ApiException.badRequest("invalid_parameter", "olderThanHours must be between 1 and 8760");
        }
        Instant before = clock.instant().minus(Duration.ofHours(hours));
        return jdbi.withHandle(h -> SessionRecords.active(h, before, MAX_LIST));
    }

    /** @throws ApiException 400 (nothing changed) on a bad request */
    public Outcome close(OpenSessionsRequest request, AuthUser actor) {
        String action = request.action() == null ? "" : request.action().trim().toUpperCase(Locale.ROOT);
        if (!action.equals("CLOSE") && !action.equals("VOID")) {
            throw ApiException.badRequest("invalid_field", "action must be CLOSE or VOID");
        }
        if (request.sessionIds() == null
                || request.sessionIds().isEmpty()
                || request.sessionIds().size() > MAX_BATCH) {
            throw ApiException.badRequest("invalid_field", "sessionIds must list 1-" + MAX_BATCH + " sessions");
        }
        if (request.sessionIds().contains(null)) {
            throw ApiException.badRequest("invalid_field", "sessionIds must not contain null");
        }
        long fee = 0;
        if (action.equals("CLOSE")) {
            if (request.fee() == null || request.fee() < 0 || request.fee() > MAX_FLAT_FEE) {
                throw ApiException.badRequest("invalid_field", "fee (whole rupiah, 0 or more) is required to CLOSE");
            }
            fee = request.fee();
        } else if (request.fee() != null) {
            throw ApiException.badRequest("invalid_field", "fee is only for CLOSE");
        }
        String reason = Reason.require(request.reason());
        long flatFee = fee;
        Instant now = clock.instant();
        Outcome outcome = jdbi.inTransaction(h -> {
            List<SessionRecord> changed = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            for (UUID id : new LinkedHashSet<>(request.sessionIds())) {
                Optional<SessionRecord> done = action.equals("CLOSE")
                        ? corrections.closeActive(h, id, flatFee, reason, actor, now)
                        : corrections.voidActive(h, id, reason, actor, now);
                if (done.isPresent()) {
                    changed.add(done.get());
                } else {
                    skipped.add(
                            new Skipped(id, SessionCorrections.notActive(h, id).error()));
                }
            }
            return new Outcome(action, changed, skipped);
        });
        events.committed();
        return outcome;
    }
}
