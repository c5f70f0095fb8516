package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.PendingExitView;
import id.sistemparkir.server.realtime.EventNotifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net under the joins (run at start-up and periodically): an exit can be left waiting for an entry the
 * server already has when the process died, or a database call failed, between the commit and the join after it. The
 * sweep joins those, and announces once ({@code pending_exit.overdue}) each exit that has waited longer than the alert
 * limit: its entry may never come (a ticket the server has never seen).
 */
public final class PendingExitSweep implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(PendingExitSweep.class);
    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final LaneStore store;
    private final EventNotifier notifier;
    /** The back office's limit, read each time so that a saved change applies at once. */
    private final Supplier<Duration> alertAfter;

    private final Clock clock;

    PendingExitSweep(Jdbi jdbi, LaneStore store, EventNotifier notifier, Supplier<Duration> alertAfter, Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.notifier = notifier;
        this.alertAfter = alertAfter;
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        int joined = joinStuck(now);
        int alerted = announceOverdue(now);
        if (joined > 0 || alerted > 0) {
            notifier.eventsCommitted();
            log.info("Pending exits: {} joined to entries already stored, {} newly overdue", joined, alerted);
        }
    }

    /** Exits whose entry is stored: joined now. */
    int joinStuck(Instant now) {
        List<UUID> entries = jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT p.entry_id FROM pending_exits p"
                        + " JOIN parking_sessions s ON s.id = p.entry_id")
                .map((rs, ctx) -> UUID.fromString(rs.getString(1).trim()))
                .list());
        int joined = 0;
        for (UUID entryId : entries) {
            if (store.pending().joinAfterCommit(jdbi, store.sessions(), entryId, now)) {
                log.warn("Exit waiting for entry {} joined by the sweep (its join after commit had not run)", entryId);
                joined++;
            }
        }
        return joined;
    }

    /** Exits that waited past the alert limit and were not announced yet: announced once each, in the log. */
    int announceOverdue(Instant now) {
        Duration limitNow = alertAfter.get();
        Instant cutoff = now.minus(limitNow);
        List<PendingExits.Waiting> due = jdbi.withHandle(h -> h
                .createQuery("SELECT id FROM pending_exits WHERE alerted_at IS NULL AND received_at <= :cutoff"
                        + " ORDER BY received_at LIMIT :limit")
                .bind("cutoff", cutoff)
                .bind("limit", BATCH)
                .map((rs, ctx) -> UUID.fromString(rs.getString(1).trim()))
                .list()
                .stream()
                .flatMap(id -> store.pending().find(h, id).stream())
                .toList());
        int alerted = 0;
        for (PendingExits.Waiting waiting : due) {
            boolean announced = jdbi.inTransaction(h -> {
                // The guard makes the alert once-only, whichever node's sweep gets there first.
                int marked = h.createUpdate(
                                "UPDATE pending_exits SET alerted_at = :now WHERE id = :id AND alerted_at IS NULL")
                        .bind("now", now)
                        .bind("id", waiting.exit().id())
                        .execute();
                if (marked == 1) {
                    PendingExitView view = PendingExitViews.of(waiting, now, limitNow);
                    store.events().appendOverdue(h, view, now);
                    log.warn(
                            "Exit {} of ticket {} at {} has waited {} min for an entry the server has never seen",
                            view.id(),
                            view.ticketCode(),
                            view.gate(),
                            view.ageSeconds() / 60);
                }
                return marked == 1;
            });
            if (announced) {
                alerted++;
            }
        }
        return alerted;
    }
}
