package id.sistemparkir.server.lane;

import static id.sistemparkir.server.lane.LaneFixture.OUT8;
import static id.sistemparkir.server.lane.LaneFixture.OUT9;
import static id.sistemparkir.server.lane.LaneFixture.offlineEntry;
import static id.sistemparkir.server.lane.LaneFixture.offlineExit;
import static id.sistemparkir.server.lane.LaneFixture.onlineExit;
import static id.sistemparkir.server.lane.LaneFixture.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.testsupport.StatementPause;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Races between lane transactions, replayed deterministically: one transaction is held at a chosen statement
 * ({@link StatementPause}) while the other runs into the gap. Run on H2 and MariaDB.
 */
abstract class LaneRaceContract extends LaneServicesContract {

    @Test
    void anExitCommittedWhileItsEntryIsInFlightIsStillJoined() {
        UUID entryId = UUID.randomUUID();
        Instant in = minutesAgo(60);
        String ticket = lanes.ticket(entryId, VehicleType.MOBIL, in);
        EntryRequest entry = offlineEntry(entryId, ticket, "B 1234 XYZ", VehicleType.MOBIL, in);

        try (StatementPause pauses = StatementPause.install(database.jdbi())) {
            Running<EntryService.Result> entering = new Running<>(() -> lanes.enter(entry));
            StatementPause.Point looked = pauses.after(entering.thread, "FROM pending_exits WHERE entry_id");
            entering.start();
            looked.awaitReached();

            assertThat(lanes.exit(offlineExit(ticket, "OUT9", minutesAgo(30), 5_000), OUT9)
                            .status())
                    .isEqualTo(202);
            looked.release();

            assertThat(entering.result().status()).isEqualTo(201);
        }
        assertThat(lanes.count("SELECT COUNT(*) FROM pending_exits WHERE entry_id = ?", entryId))
                .isZero();
        assertThat(lanes.status(entryId)).isEqualTo("EXITED");
    }

    @Test
    void twoOfflineExitsOfAnUnseenTicketAtTheSameMomentOneWaitsTheOtherIsKeptAsAConflict() {
        UUID entryId = UUID.randomUUID();
        Instant in = minutesAgo(90);
        String ticket = lanes.ticket(entryId, VehicleType.MOBIL, in);
        ExitRequest first = offlineExit(ticket, "OUT9", minutesAgo(20), 8_000);
        ExitRequest second = offlineExit(ticket, "OUT8", minutesAgo(19), 8_000);

        ApiException refused;
        try (StatementPause pauses = StatementPause.install(database.jdbi())) {
            Running<ExitService.Result> waiting = new Running<>(() -> lanes.exit(first, OUT9));
            StatementPause.Point inserted = pauses.after(waiting.thread, "INSERT INTO pending_exits");
            waiting.start();
            inserted.awaitReached();

            Running<ApiException> racing = new Running<>(() -> refusal(() -> lanes.exit(second, OUT8)));
            racing.start();
            racing.waitAWhile(); // without a lock it would finish here, unaware of the first
            inserted.release();

            assertThat(waiting.result().status()).isEqualTo(202);
            refused = racing.result();
        }
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("exit_conflict");
        assertThat(existingId(refused)).isEqualTo(first.id());
        assertThat(lanes.count("SELECT COUNT(*) FROM pending_exits WHERE entry_id = ?", entryId))
                .isEqualTo(1);
        assertThat(lanes.count(
                        "SELECT COUNT(*) FROM exit_conflicts WHERE id = ? AND entry_id = ? AND fee = 8000"
                                + " AND paid = 8000 AND gate = 'OUT8' AND reason = 'EXIT_PENDING'"
                                + " AND winning_exit_id = ?",
                        second.id(),
                        entryId,
                        first.id()))
                .isEqualTo(1);
    }

    @Test
    void anExitWhoseSessionArrivedAndClosedBeforeItTookTheLockIsRefusedAndKeptAsAConflict() {
        UUID entryId = UUID.randomUUID();
        Instant in = minutesAgo(120);
        String ticket = lanes.ticket(entryId, VehicleType.MOTOR, in);
        ExitRequest late = offlineExit(ticket, "OUT9", minutesAgo(10), 3_000);
        ExitRequest direct = onlineExit(ticket, "OUT8", minutesAgo(5), 3_000);

        ApiException refused;
        try (StatementPause pauses = StatementPause.install(database.jdbi())) {
            Running<ApiException> waiting = new Running<>(() -> refusal(() -> lanes.exit(late, OUT9)));
            // The exit looked for its session and found none; before it stores itself as waiting, the entry
            // arrives and another lane's exit closes the session.
            StatementPause.Point looked = pauses.after(waiting.thread, "FROM parking_sessions WHERE id");
            waiting.start();
            looked.awaitReached();
            assertThat(lanes.enter(offlineEntry(entryId, ticket, "B 77 XY", VehicleType.MOTOR, in))
                            .status())
                    .isEqualTo(201);
            assertThat(lanes.exit(direct, OUT8).status()).isEqualTo(201);
            looked.release();

            // Not 202 then a conflict at the join, which its lane would never hear of: refused now, so the lane
            // keeps it as needs-attention.
            refused = waiting.result();
        }
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("exit_conflict");
        assertThat(existingId(refused)).isEqualTo(direct.id());
        assertThat(lanes.count("SELECT COUNT(*) FROM pending_exits WHERE entry_id = ?", entryId))
                .isZero();
        assertThat(lanes.count(
                        "SELECT COUNT(*) FROM exit_conflicts WHERE id = ? AND fee = 3000 AND paid = 3000"
                                + " AND gate = 'OUT9' AND reason = 'ALREADY_EXITED' AND winning_exit_id = ?",
                        late.id(),
                        direct.id()))
                .isEqualTo(1);
    }

    @Test
    void aReplayOfAnExitWhileItsEntryIsBeingJoinedIsNotAFalseConflict() {
        UUID entryId = UUID.randomUUID();
        Instant in = minutesAgo(45);
        String ticket = lanes.ticket(entryId, VehicleType.MOBIL, in);
        ExitRequest exit = offlineExit(ticket, "OUT9", minutesAgo(5), 5_000);
        assertThat(lanes.exit(exit, OUT9).status()).isEqualTo(202);

        ExitService.Result replayed;
        try (StatementPause pauses = StatementPause.install(database.jdbi())) {
            Running<ExitService.Result> replay = new Running<>(() -> lanes.exit(exit, OUT9));
            // Between the replay's first and second look (session by exit id, pending exits), the join commits.
            StatementPause.Point firstLook = pauses.afterAny(
                    replay.thread, "FROM parking_sessions WHERE exit_id", "FROM pending_exits WHERE id");
            replay.start();
            firstLook.awaitReached();
            assertThat(lanes.enter(offlineEntry(entryId, ticket, "B 45 RT", VehicleType.MOBIL, in))
                            .status())
                    .isEqualTo(201);
            firstLook.release();
            replayed = replay.result();
        }
        assertThat(replayed.status()).isIn(200, 202);
        assertThat(replayed.body().id()).isEqualTo(exit.id());
        assertThat(replayed.body().duplicate()).isTrue();
        assertThat(lanes.status(entryId)).isEqualTo("EXITED");
    }

    @Test
    void twoEntriesOfOnePlateAtTheSameInstantAreFlagged() {
        Instant at = minutesAgo(1);
        EntryRequest first =
                new EntryRequest(UUID.randomUUID(), null, "D 4242 QZ", VehicleType.MOBIL, "IN1", at, false, false);
        EntryRequest second =
                new EntryRequest(UUID.randomUUID(), null, "D 4242 QZ", VehicleType.MOBIL, "IN2", at, false, false);

        EntryService.Result a;
        EntryService.Result b;
        try (StatementPause pauses = StatementPause.install(database.jdbi())) {
            Running<EntryService.Result> one = new Running<>(() -> lanes.enter(first));
            StatementPause.Point counted =
                    pauses.after(one.thread, "SELECT COUNT(*) FROM parking_sessions WHERE plate");
            one.start();
            counted.awaitReached();

            Running<EntryService.Result> two = new Running<>(() -> lanes.enter(second));
            two.start();
            two.waitAWhile(); // without serialisation it reads before the first commits, and misses it
            counted.release();
            a = one.result();
            b = two.result();
        }
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(a.body().suspectedDuplicate()).isFalse();
        assertThat(b.body().suspectedDuplicate()).isTrue();
    }

    private static UUID existingId(ApiException refused) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) refused.body();
        return ((ExitResponse) body.get("existing")).id();
    }
}
