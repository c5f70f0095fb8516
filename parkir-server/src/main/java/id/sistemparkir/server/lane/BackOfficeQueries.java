package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.ExitConflictView;
import id.sistemparkir.core.contract.PendingExitView;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** What the back office checks of the lanes' records: exits waiting for their entry, exits kept as conflicts. */
final class BackOfficeQueries {

    static final int MAX_LIMIT = 1000;

    private final Jdbi jdbi;
    private final LaneStore store;
    /** The back office's limit, read each time so that a saved change applies at once. */
    private final Supplier<Duration> alertAfter;

    private final Clock clock;

    BackOfficeQueries(Jdbi jdbi, LaneStore store, Supplier<Duration> alertAfter, Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.alertAfter = alertAfter;
        this.clock = clock;
    }

    /** {@code GET /api/v1/pending-exits}: oldest first, each with its age; {@code overdueOnly} keeps the alerts. */
    List<PendingExitView> pendingExits(boolean overdueOnly, int limit) {
        checkLimit(limit);
        Instant now = clock.instant();
        Duration limitNow = alertAfter.get();
        // Overdue ones are the oldest: reading oldest first and filtering keeps them all within the limit.
        return jdbi.withHandle(h -> store.pending().oldest(h, limit)).stream()
                .map(waiting -> PendingExitViews.of(waiting, now, limitNow))
                .filter(view -> !overdueOnly || view.overdue())
                .toList();
    }

    /** {@code GET /api/v1/exit-conflicts}: newest first, optionally within {@code [from, to)} of recording. */
    List<ExitConflictView> exitConflicts(Instant from, Instant to, int limit) {
        checkLimit(limit);
        return jdbi.withHandle(h -> store.conflicts().list(h, from, to, limit));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
