package id.sistemparkir.server.lane;

import static id.sistemparkir.server.lane.LaneFixture.OUT9;
import static id.sistemparkir.server.lane.LaneFixture.offlineEntry;
import static id.sistemparkir.server.lane.LaneFixture.offlineExit;
import static id.sistemparkir.server.lane.LaneFixture.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.PendingExitView;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.config.Housekeeping;
import id.sistemparkir.server.testsupport.MutableClock;
import id.sistemparkir.server.testsupport.StatementPause;
import id.sistemparkir.server.testsupport.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Replays of records the server already has, after things went wrong in between: the joins after commit never ran,
 * or the rules changed (a rotated ticket key). A stored record always answers as stored. Run on H2 and MariaDB.
 */
abstract class LaneReplayContract extends LaneServicesContract {

    /** An entry and its exit, both stored, the exit still waiting: both joins after commit failed (or the process died). */
    private record Stuck(EntryRequest entry, ExitRequest exit) {}

    private Stuck stuckExit(String plate) {
        UUID entryId = UUID.randomUUID();
        Instant in = minutesAgo(90);
        String ticket = lanes.ticket(entryId, VehicleType.MOBIL, in);
        EntryRequest entry = offlineEntry(entryId, ticket, plate, VehicleType.MOBIL, in);
        ExitRequest exit = offlineExit(ticket, "OUT9", minutesAgo(10), 8_000);
        try (StatementPause pauses = StatementPause.install(database.jdbi())) {
            Running<EntryService.Result> entering = new Running<>(() -> lanes.enter(entry));
            Running<ExitService.Result> exiting = new Running<>(() -> lanes.exit(exit, OUT9));
            StatementPause.Point looked = pauses.after(entering.thread, "FROM pending_exits WHERE entry_id");
            // The joins after commit fail at their first read (the entry's transaction reads pending_exits too).
            pauses.failBefore(entering.thread, "SELECT COUNT(*) AS waiting FROM pending_exits");
            pauses.failBefore(exiting.thread, "SELECT COUNT(*) AS waiting FROM pending_exits");
            entering.start();
            looked.awaitReached();
            exiting.start();
            assertThat(exiting.failure()).isInstanceOf(StatementPause.InjectedFailure.class);
            looked.release();
            assertThat(entering.failure()).isInstanceOf(StatementPause.InjectedFailure.class);
        }
        assertThat(lanes.count("SELECT COUNT(*) FROM pending_exits WHERE id = ?", exit.id()))
                .isEqualTo(1);
        assertThat(lanes.status(entryId)).isEqualTo("ACTIVE");
        return new Stuck(entry, exit);
    }

    @Test
    void anExitLeftWaitingForAStoredEntryIsJoinedWhenTheEntryIsReplayed() {
        Stuck stuck = stuckExit("B 301 AA");

        EntryService.Result replay = lanes.enter(stuck.entry());

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().duplicate()).isTrue();
        assertThat(lanes.status(stuck.entry().id())).isEqualTo("EXITED");
        assertThat(lanes.count(
                        "SELECT COUNT(*) FROM pending_exits WHERE id = ?",
                        stuck.exit().id()))
                .isZero();
    }

    @Test
    void anExitLeftWaitingForAStoredEntryIsJoinedWhenTheExitIsReplayed() {
        Stuck stuck = stuckExit("B 302 AA");

        ExitService.Result replay = lanes.exit(stuck.exit(), OUT9);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().duplicate()).isTrue();
        assertThat(replay.body().pendingEntry()).isFalse();
        assertThat(replay.body().fee()).isEqualTo(8_000);
        assertThat(lanes.status(stuck.entry().id())).isEqualTo("EXITED");
    }

    @Test
    void theSweepJoinsAnExitLeftWaitingForAStoredEntry() {
        Stuck stuck = stuckExit("B 303 AA");

        lanes.module.sweep().run();

        assertThat(lanes.status(stuck.entry().id())).isEqualTo("EXITED");
        assertThat(lanes.count(
                        "SELECT COUNT(*) FROM parking_sessions WHERE id = ? AND exit_id = ?",
                        stuck.entry().id(),
                        stuck.exit().id()))
                .isEqualTo(1);
    }

    @Test
    void theServerSweepsAtStartUp() {
        Stuck stuck = stuckExit("B 306 AA");

        try (TestServer server = TestServer.start(database.config())) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> lanes.status(stuck.entry().id()).equals("EXITED"));
            assertThat(server.api().get("/api/v1/health", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anExitWaitingPastTheAlertLimitIsListedOverdueAndAnnouncedOnce() {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        LaneFixture timed = new LaneFixture(
                database.jdbi(), clock, Housekeeping.DEFAULTS.withPendingExitAlertAfter(Duration.ofMinutes(30)));
        UUID unseen = UUID.randomUUID();
        String ticket = timed.ticket(unseen, VehicleType.MOBIL, clock.instant().minus(Duration.ofHours(1)));
        ExitRequest exit = offlineExit(ticket, "OUT9", clock.instant(), 5_000);
        assertThat(timed.exit(exit, OUT9).status()).isEqualTo(202);

        timed.module.sweep().run();
        assertThat(overdueEvents(exit.id())).isZero();
        assertThat(listed(timed, exit.id()).overdue()).isFalse();

        clock.advance(Duration.ofMinutes(31));
        assertThat(listed(timed, exit.id()).overdue()).isTrue();
        assertThat(listed(timed, exit.id()).ageSeconds()).isEqualTo(31 * 60);
        timed.module.sweep().run();
        timed.module.sweep().run();

        assertThat(overdueEvents(exit.id())).isEqualTo(1);
        assertThat(timed.module.backOffice().pendingExits(true, 1000))
                .anySatisfy(p -> assertThat(p.id()).isEqualTo(exit.id()));
    }

    private static PendingExitView listed(LaneFixture lanes, UUID exitId) {
        return lanes.module.backOffice().pendingExits(false, 1000).stream()
                .filter(p -> p.id().equals(exitId))
                .findFirst()
                .orElseThrow();
    }

    private long overdueEvents(UUID exitId) {
        return lanes.count(
                "SELECT COUNT(*) FROM event_log WHERE event_type = 'pending_exit.overdue' AND payload LIKE ?",
                "%" + exitId + "%");
    }

    @Test
    void storedRecordsAnswerAsStoredAfterTheStationWasRevokedButNewOnesAreChecked() {
        UUID entryId = UUID.randomUUID();
        Instant in = minutesAgo(70);
        String ticket = lanes.ticket(entryId, VehicleType.MOTOR, in);
        EntryRequest entry = offlineEntry(entryId, ticket, "B 304 AA", VehicleType.MOTOR, in);
        ExitRequest exit = offlineExit(ticket, "OUT9", minutesAgo(5), 3_000);
        assertThat(lanes.enter(entry).status()).isEqualTo(201);
        assertThat(lanes.exit(exit, OUT9).status()).isEqualTo(201);
        UUID unseenId = UUID.randomUUID();
        String unseenTicket = lanes.ticket(unseenId, VehicleType.MOTOR, in);

        lanes.revokeStation(in.minusSeconds(60));
        LaneFixture afterRotation = lanes;

        EntryService.Result entryReplay = afterRotation.enter(entry);
        ExitService.Result exitReplay = afterRotation.exit(exit, OUT9);
        assertThat(entryReplay.status()).isEqualTo(200);
        assertThat(entryReplay.body().duplicate()).isTrue();
        assertThat(entryReplay.body().ticketCode()).isEqualTo(ticket);
        assertThat(exitReplay.status()).isEqualTo(200);
        assertThat(exitReplay.body().duplicate()).isTrue();
        var refused = refusal(
                () -> afterRotation.enter(offlineEntry(unseenId, unseenTicket, "B 305 AA", VehicleType.MOTOR, in)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_ticket");
    }
}
