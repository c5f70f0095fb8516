package id.sistemparkir.server.review;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.audit.Reason;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.settings.SettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Money that needs a look: fee mismatches, underpaid exits (unable to collect), lost tickets, exits waiting for an
 * entry the server never saw (marked overdue past the alert limit of the garage settings, as the alert) and exit
 * conflicts (a second exit of one ticket, kept with its money); listed with who and where, each resolvable once with a
 * reason (audited, announced as {@code review.resolved}).
 */
public final class ReviewService {

    /** What {@code GET /api/v1/reviews} filters on; {@code resolved} null = both. */
    public record Filter(ReviewKind kind, Instant from, Instant to, Boolean resolved) {}

    private final Jdbi jdbi;
    private final SettingsService settings;
    private final BackOfficeEvents events;
    private final Clock clock;

    public ReviewService(Jdbi jdbi, SettingsService settings, BackOfficeEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public List<ReviewItem> list(Filter filter) {
        return jdbi.withHandle(h -> {
            Map<String, ReviewItem.Resolution> resolutions = resolutions(h);
            Instant overdueFrom = overdueFrom(h);
            List<ReviewItem> items = new ArrayList<>();
            for (ReviewKind kind : ReviewKind.values()) {
                if (filter.kind() != null && filter.kind() != kind) {
                    continue;
                }
                for (ReviewItem item : ReviewItems.of(h, kind, filter.from(), filter.to(), null, overdueFrom)) {
                    ReviewItem.Resolution resolution = resolutions.get(key(kind, item.subjectId()));
                    if (filter.resolved() == null || filter.resolved() == (resolution != null)) {
                        items.add(resolution == null ? item : item.resolved(resolution));
                    }
                }
            }
            items.sort(Comparator.comparing(ReviewItem::at, Comparator.nullsLast(Comparator.reverseOrder())));
            return items;
        });
    }

    /** @throws ApiException 400 bad request, 404 {@code unknown_item}, 409 {@code already_resolved}; nothing stored */
    public ReviewItem resolve(ResolveReviewRequest request, AuthUser actor) {
        ReviewKind kind = ReviewKind.parse(request.kind());
        if (request.subjectId() == null) {
            throw ApiException.badRequest("invalid_field", "subjectId is required");
        }
        UUID subject = request.subjectId();
        String reason = Reason.require(request.reason());
        Instant now = clock.instant();
        try {
            ReviewItem resolved = jdbi.inTransaction(h -> {
                ReviewItem item = ReviewItems.of(h, kind, null, null, subject, overdueFrom(h)).stream()
                        .findFirst()
                        .orElseThrow(() -> ApiException.notFound(
                                "unknown_item", "Nothing of kind " + kind + " to look at for " + subject));
                if (resolutions(h).containsKey(key(kind, subject))) {
                    throw alreadyResolved(kind, subject);
                }
                h.createUpdate("INSERT INTO review_resolutions (kind, subject_id, reason, resolved_by, resolved_at)"
                                + " VALUES (:kind, :subject, :reason, :by, :at)")
                        .bind("kind", kind.name())
                        .bind("subject", subject)
                        .bind("reason", reason)
                        .bind("by", actor.actor())
                        .bind("at", now)
                        .execute();
                ReviewItem after = item.resolved(new ReviewItem.Resolution(reason, actor.actor(), now));
                AuditLog.change(h, actor.actor(), "review.resolved", target(kind, subject), reason, item, after, now);
                events.append(h, EventNames.REVIEW_RESOLVED, after, now);
                return after;
            });
            events.committed();
            return resolved;
        } catch (RuntimeException e) {
            throw Sql.isUniqueViolation(e) ? alreadyResolved(kind, subject) : e;
        }
    }

    /** A pending exit received before this has waited past the alert limit ({@code pendingExitMinutes}). */
    private Instant overdueFrom(Handle h) {
        return clock.instant().minus(Duration.ofMinutes(settings.current(h).pendingExitMinutes()));
    }

    /** The audit target: the session, except for a pending exit or an exit conflict (the exit). */
    private static String target(ReviewKind kind, UUID subject) {
        return (kind.subjectIsExit() ? "exit:" : "session:") + subject;
    }

    private static Map<String, ReviewItem.Resolution> resolutions(Handle h) {
        Map<String, ReviewItem.Resolution> byKey = new HashMap<>();
        h.createQuery("SELECT kind, subject_id, reason, resolved_by, resolved_at FROM review_resolutions")
                .map((rs, ctx) -> byKey.put(
                        rs.getString("kind") + "/" + rs.getString("subject_id").trim(),
                        new ReviewItem.Resolution(
                                rs.getString("reason"),
                                rs.getString("resolved_by"),
                                ctx.findColumnMapperFor(Instant.class)
                                        .orElseThrow()
                                        .map(rs, "resolved_at", ctx))))
                .list();
        return byKey;
    }

    private static String key(ReviewKind kind, UUID subject) {
        return kind.name() + "/" + subject;
    }

    private static ApiException alreadyResolved(ReviewKind kind, UUID subject) {
        return ApiException.conflict("already_resolved", kind + " " + subject + " was resolved already.", null);
    }
}
