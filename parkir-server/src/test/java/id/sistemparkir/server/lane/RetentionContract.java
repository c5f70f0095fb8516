package id.sistemparkir.server.lane;

import static id.sistemparkir.server.lane.LaneFixture.OUT8;
import static id.sistemparkir.server.lane.LaneFixture.OUT9;
import static id.sistemparkir.server.lane.LaneFixture.offlineEntry;
import static id.sistemparkir.server.lane.LaneFixture.offlineExit;
import static id.sistemparkir.server.lane.LaneFixture.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.config.Housekeeping;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.maintenance.Retention;
import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention with a clock the test moves: request ids, sync log lines and events older than their limits go, what is
 * younger (and what a replay still needs) stays, and a replay after its request id went is still "already present".
 * Run on H2 and MariaDB, a fresh database per test.
 */
abstract class RetentionContract {

    private static final Housekeeping LIMITS =
            new Housekeeping(Duration.ofMinutes(30), Duration.ofDays(10), Duration.ofDays(20), Duration.ofDays(5));

    private TestDatabase database;
    private MutableClock clock;
    private LaneFixture lanes;
    private EventLog eventLog;
    private Retention retention;

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void open() {
        database = createDatabase();
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        lanes = new LaneFixture(database.jdbi(), clock, LIMITS);
        eventLog = new EventLog(database.jdbi());
        retention = new Retention(lanes.module.retention(), eventLog, LIMITS, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private EntryRequest enteredNow(String plate) {
        UUID id = UUID.randomUUID();
        Instant at = clock.instant().minus(Duration.ofMinutes(30));
        EntryRequest entry = offlineEntry(id, lanes.ticket(id, VehicleType.MOBIL, at), plate, VehicleType.MOBIL, at);
        assertThat(lanes.enter(entry).status()).isEqualTo(201);
        return entry;
    }

    @Test
    void requestIdsSyncLinesAndEventsOlderThanTheirLimitsGoAndTheYoungerStay() {
        EntryRequest old = enteredNow("B 1 OLD");
        ExitRequest oldExit = offlineExit(old.ticketCode(), "OUT9", clock.instant(), 5_000);
        assertThat(lanes.exit(oldExit, OUT9).status()).isEqualTo(201);
        long oldEvents = eventLog.latestSeq();
        clock.advance(Duration.ofDays(7));
        EntryRequest young = enteredNow("B 2 NEW");

        clock.advance(Duration.ofDays(4)); // old: 11 days, young: 4 days
        retention.run();

        assertThat(requestIds(old.id(), oldExit.id())).isZero();
        assertThat(requestIds(young.id())).isEqualTo(1);
        assertThat(syncLines(old.id())).isPositive(); // the sync log keeps 20 days
        assertThat(eventLog.purgedThrough()).isEqualTo(oldEvents);
        assertThat(lanes.count("SELECT COUNT(*) FROM event_log WHERE seq <= ?", oldEvents))
                .isZero();
        assertThat(lanes.count("SELECT COUNT(*) FROM event_log WHERE seq > ?", oldEvents))
                .isPositive();

        clock.advance(Duration.ofDays(10)); // old: 21 days
        retention.run();

        assertThat(syncLines(old.id())).isZero();
        assertThat(syncLines(young.id())).isPositive();
        assertThat(lanes.count("SELECT COUNT(*) FROM parking_sessions WHERE id IN (?, ?)", old.id(), young.id()))
                .as("sessions are never purged")
                .isEqualTo(2);
    }

    @Test
    void aReplayAfterItsRequestIdWasRemovedIsStillAlreadyPresent() {
        EntryRequest entry = enteredNow("B 3 RPL");
        ExitRequest exit = offlineExit(entry.ticketCode(), "OUT9", clock.instant(), 5_000);
        assertThat(lanes.exit(exit, OUT9).status()).isEqualTo(201);
        clock.advance(Duration.ofDays(11));
        retention.run();
        assertThat(requestIds(entry.id(), exit.id())).isZero();

        EntryService.Result entryReplay = lanes.enter(entry);
        ExitService.Result exitReplay = lanes.exit(exit, OUT9);

        assertThat(entryReplay.status()).isEqualTo(200);
        assertThat(entryReplay.body().duplicate()).isTrue();
        assertThat(exitReplay.status()).isEqualTo(200);
        assertThat(exitReplay.body().duplicate()).isTrue();
        assertThat(lanes.count("SELECT COUNT(*) FROM parking_sessions WHERE id = ?", entry.id()))
                .isEqualTo(1);
    }

    @Test
    void requestIdsOfWaitingAndConflictingExitsAreKept() {
        UUID unseen = UUID.randomUUID();
        String ticket = lanes.ticket(unseen, VehicleType.MOTOR, clock.instant().minus(Duration.ofHours(2)));
        ExitRequest waiting = offlineExit(ticket, "OUT9", clock.instant(), 3_000);
        ExitRequest losing = offlineExit(ticket, "OUT8", clock.instant(), 3_000);
        assertThat(lanes.exit(waiting, OUT9).status()).isEqualTo(202);
        assertThat(refusal(() -> lanes.exit(losing, OUT8)).error()).isEqualTo("exit_conflict");
        clock.advance(Duration.ofDays(30));

        retention.run();

        assertThat(requestIds(waiting.id(), losing.id())).isEqualTo(2);
        assertThat(lanes.exit(waiting, OUT9).status()).isEqualTo(202);
        assertThat(refusal(() -> lanes.exit(losing, OUT8)).error()).isEqualTo("exit_conflict");
    }

    private long requestIds(UUID... ids) {
        long n = 0;
        for (UUID id : ids) {
            n += lanes.count("SELECT COUNT(*) FROM request_ids WHERE id = ?", id);
        }
        return n;
    }

    private long syncLines(UUID recordId) {
        return lanes.count("SELECT COUNT(*) FROM sync_log WHERE record_id = ?", recordId);
    }
}
