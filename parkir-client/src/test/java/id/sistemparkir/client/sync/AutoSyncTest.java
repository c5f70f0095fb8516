package id.sistemparkir.client.sync;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.TestRecords;
import id.sistemparkir.server.testsupport.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background sync: a trigger runs it, failures back off, never two runs at once. */
class AutoSyncTest {

    @TempDir
    Path dataDir;

    private MutableClock clock;
    private OfflineStore store;
    private FakeServer server;
    private SyncEngine engine;
    private ManualScheduler scheduler;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0.plus(Duration.ofHours(1)));
        store = new OfflineStore(dataDir, clock, WIB);
        server = new FakeServer();
        engine = new SyncEngine(store, server, dataDir, clock);
        scheduler = new ManualScheduler(clock);
    }

    @Test
    void aTriggerRunsASync() {
        store.save(TestRecords.entry(T0));
        store.save(TestRecords.entry(T0.plusSeconds(1)));
        AutoSync auto = new AutoSync(engine, scheduler, clock);

        auto.trigger();
        assertThat(auto.nextRunAt()).contains(clock.instant());
        assertThat(scheduler.runNext()).isTrue();

        assertThat(store.pendingCount()).isZero();
        assertThat(auto.lastSummary())
                .hasValueSatisfying(summary -> assertThat(summary.created()).isEqualTo(2));
        assertThat(scheduler.waiting()).as("nothing left, nothing scheduled").isZero();
        assertThat(auto.state()).isEqualTo(AutoSync.State.IDLE);
        assertThat(auto.nextRunAt()).isEmpty();
    }

    @Test
    void failuresBackOffFromFiveSecondsDoublingToFiveMinutes() {
        store.save(TestRecords.entry(T0));
        server.down(new SendResult.RetryLater("connection refused"));
        AutoSync auto = new AutoSync(engine, scheduler, clock);

        auto.trigger();
        for (int run = 0; run < 9; run++) {
            assertThat(scheduler.runNext()).isTrue();
        }

        assertThat(scheduler.delays())
                .containsExactly(
                        Duration.ZERO,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(40),
                        Duration.ofSeconds(80),
                        Duration.ofSeconds(160),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5));
        assertThat(auto.nextRunAt()).contains(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(store.pending().get(0).record().attempts()).isEqualTo(9);

        server.up();
        assertThat(scheduler.runNext()).isTrue();

        assertThat(store.pendingCount()).isZero();
        assertThat(scheduler.waiting()).isZero();
        auto.trigger();
        assertThat(scheduler.delays()).last().isEqualTo(Duration.ZERO);
    }

    @Test
    void aTriggerWhileBackingOffRunsNowAndStartsTheBackOffAgain() {
        store.save(TestRecords.entry(T0));
        server.down(new SendResult.RetryLater("connection refused"));
        AutoSync auto = new AutoSync(engine, scheduler, clock);
        auto.trigger();
        scheduler.runNext();
        scheduler.runNext(); // next retry in 10 s
        server.up();

        auto.trigger(); // the connection is back

        assertThat(scheduler.waiting()).isEqualTo(1);
        assertThat(scheduler.delays()).last().isEqualTo(Duration.ZERO);
        assertThat(scheduler.runNext()).isTrue();
        assertThat(store.pendingCount()).isZero();
        assertThat(scheduler.runNext()).as("the cancelled retry does not run").isFalse();
        assertThat(server.sends()).isEqualTo(3);
    }

    @Test
    void recordsThatNeedAttentionDoNotCauseRetries() {
        store.save(TestRecords.entry(T0));
        server.answer(store.pending().get(0).id(), new SendResult.Rejected(400, "invalid_plate", "bad plate"));
        AutoSync auto = new AutoSync(engine, scheduler, clock);

        auto.trigger();
        scheduler.runNext();

        assertThat(store.needsAttention()).hasSize(1);
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    void aSyncHeldByAnotherProcessIsRetriedLater() {
        store.save(TestRecords.entry(T0));
        AutoSync auto = new AutoSync(engine, scheduler, clock);

        try (SyncLock other = SyncLock.tryAcquire(dataDir).orElseThrow()) {
            auto.trigger();
            scheduler.runNext();
        }

        assertThat(auto.lastSummary()).isEmpty();
        assertThat(scheduler.delays()).containsExactly(Duration.ZERO, Duration.ofSeconds(5));
        scheduler.runNext();
        assertThat(store.pendingCount()).isZero();
    }

    @Test
    void aTriggerDuringARunRunsOnceMoreAfterIt() {
        store.save(TestRecords.entry(T0));
        AutoSync auto = new AutoSync(engine, scheduler, clock);
        server.onSend(record -> {
            auto.trigger(); // e.g. a reconnect while syncing
            store.save(TestRecords.entry(T0.plusSeconds(60))); // and a new offline record meanwhile
        });

        auto.trigger();
        scheduler.runNext();

        assertThat(scheduler.waiting()).isEqualTo(1);
        server.onSend(record -> {});
        scheduler.runNext();
        assertThat(store.pendingCount()).isZero();
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    void closeStopsScheduling() {
        store.save(TestRecords.entry(T0));
        server.down(new SendResult.RetryLater("connection refused"));
        AutoSync auto = new AutoSync(engine, scheduler, clock);
        auto.trigger();
        scheduler.runNext();

        auto.close();
        auto.trigger();

        assertThat(scheduler.runNext()).isFalse();
        assertThat(auto.nextRunAt()).isEmpty();
        assertThat(auto.state()).isEqualTo(AutoSync.State.CLOSED);
    }

    @Test
    void onARealSchedulerRunsNeverOverlap() throws Exception {
        for (int i = 0; i < 3; i++) {
            store.save(TestRecords.entry(T0.plusSeconds(i)));
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        CountDownLatch firstSend = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SyncTransport counting = new SyncTransport() {
            @Override
            public SendResult send(id.sistemparkir.core.contract.OfflineRecord record) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    firstSend.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return server.send(record);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new SendResult.RetryLater("interrupted");
                } finally {
                    inFlight.decrementAndGet();
                }
            }

            @Override
            public SendResult uploadPhoto(java.util.UUID recordId, String apiKind, byte[] jpeg) {
                return server.uploadPhoto(recordId, apiKind, jpeg);
            }

            @Override
            public SendResult reportSetAside(id.sistemparkir.core.contract.SetAsideReport report) {
                return server.reportSetAside(report);
            }

            @Override
            public boolean relogin() {
                return server.relogin();
            }
        };
        ScheduledExecutorService real = Executors.newScheduledThreadPool(4);
        List<Integer> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (AutoSync auto = new AutoSync(
                new SyncEngine(store, counting, dataDir, clock),
                real,
                clock,
                summary -> finished.add(summary.total()))) {
            auto.trigger();
            assertThat(firstSend.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 10; i++) {
                auto.trigger();
            }
            release.countDown();

            await().atMost(Duration.ofSeconds(10)).until(() -> finished.size() == 2);
            assertThat(store.pendingCount()).isZero();
            assertThat(maxInFlight).hasValue(1);
            assertThat(finished).containsExactly(3, 0);
        } finally {
            real.shutdownNow();
        }
    }
}
