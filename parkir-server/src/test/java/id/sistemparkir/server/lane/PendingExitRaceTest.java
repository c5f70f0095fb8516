package id.sistemparkir.server.lane;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.realtime.EventNotifier;
import id.sistemparkir.server.tariff.TariffRepository;
import id.sistemparkir.server.ticket.TicketKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/**
 * An entry and its exit committing at the same moment (the moment the network returns and every lane syncs): the
 * exit must not be left waiting forever. The entry is paused right after it looked for waiting exits, the exit
 * commits as "waiting for its entry", then the entry commits.
 */
class PendingExitRaceTest {
    @Test
    void anExitCommittedWhileItsEntryIsInFlightIsStillJoined() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Jdbi jdbi = db.jdbi();
            Clock clock = Clock.systemUTC();
            CountDownLatch reached = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<Thread> pauseThread = new AtomicReference<>();
            jdbi.setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext ctx) {
                    if (Thread.currentThread() == pauseThread.get()
                            && ctx.getRawSql().contains("FROM pending_exits WHERE entry_id")) {
                        reached.countDown();
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            });
            SessionRepository sessions = new SessionRepository();
            RequestIds requestIds = new RequestIds();
            TariffRepository tariffs = new TariffRepository(jdbi, clock);
            ExpectedFee fee = new ExpectedFee(tariffs, new MemberLookup());
            LaneEvents events = new LaneEvents(new EventLog(jdbi));
            SyncLog syncLog = new SyncLog(jdbi);
            ExitApplier applier = new ExitApplier(sessions, fee, events);
            PendingExits pending = new PendingExits(applier, syncLog);
            TicketKeys keys = TicketKeys.loadOrCreate(jdbi, clock);
            EntryService entries = new EntryService(
                    jdbi, sessions, requestIds, pending, events, syncLog, tariffs, keys, EventNotifier.NONE, clock);
            ExitService exits = new ExitService(
                    jdbi, sessions, requestIds, applier, pending, syncLog, keys, EventNotifier.NONE, clock);
            AuthUser in = new AuthUser("u1", "op", Role.OPERATOR, Optional.of("IN1"));
            AuthUser out = new AuthUser("u1", "op", Role.OPERATOR, Optional.of("OUT1"));
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
            UUID entryId = UUID.randomUUID();
            EntryRequest entry = new EntryRequest(entryId, null, "B1234XYZ", VehicleType.MOBIL, "IN1", t, true, false);
            ExitRequest exit = new ExitRequest(
                    UUID.randomUUID(),
                    null,
                    entryId,
                    null,
                    "OUT1",
                    t.plusSeconds(1800),
                    5000,
                    5000,
                    "CASH",
                    false,
                    true);

            AtomicReference<Integer> entryStatus = new AtomicReference<>();
            Thread e =
                    new Thread(() -> entryStatus.set(entries.record(entry, in).status()));
            pauseThread.set(e);
            e.start();
            assertThat(reached.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(exits.record(exit, out).status()).isEqualTo(202);
            release.countDown();
            e.join();
            long waiting = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pending_exits")
                    .mapTo(Long.class)
                    .one());
            String status = jdbi.withHandle(h -> h.createQuery("SELECT status FROM parking_sessions WHERE id = :id")
                    .bind("id", entryId.toString())
                    .mapTo(String.class)
                    .one());
            assertThat(entryStatus.get()).isEqualTo(201);
            assertThat(waiting).isZero();
            assertThat(status).isEqualTo("EXITED");
        }
    }
}
