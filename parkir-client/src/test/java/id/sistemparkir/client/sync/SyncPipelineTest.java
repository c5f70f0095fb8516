package id.sistemparkir.client.sync;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.api.CallCancelledException;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PendingRecord;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.testsupport.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync with several records in flight (decision 0028): still each record once, in its own request; dependent
 * records in order; each record reported once; a crash, a cut or a cancel in the middle loses nothing and applies
 * nothing twice.
 */
class SyncPipelineTest {

    private static final int IN_FLIGHT = 4;
    private static final SendResult.RetryLater CONNECTION_REFUSED = new SendResult.RetryLater("connection refused");

    @TempDir
    Path dataDir;

    private OfflineStore store;
    private FakeServer server;
    private GatedTransport transport;
    private SyncEngine engine;
    private final List<SyncProgress> progress = new ArrayList<>();
    /** Whichever record is sent first (the senders race for it) goes alone and opens the window. */
    private final AtomicBoolean firstSend = new AtomicBoolean();

    @BeforeEach
    void setUp() {
        MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(3)));
        store = new OfflineStore(dataDir, clock, WIB);
        server = new FakeServer();
        transport = new GatedTransport(server);
        engine = new SyncEngine(store, transport, dataDir, clock, IN_FLIGHT);
    }

    @Test
    void keepsUpToTheLimitInFlightAndReportsEachRecordOnce() {
        List<OfflineRecord> saved = entries(20, 0);
        CountDownLatch inFlightTogether = new CountDownLatch(IN_FLIGHT);
        transport.beforeSend(record -> {
            if (!firstSend.compareAndSet(false, true)) { // the first send goes alone: it opens the window
                inFlightTogether.countDown();
                awaitQuietly(inFlightTogether);
            }
        });

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(transport.maxInFlight()).isEqualTo(IN_FLIGHT);
        assertThat(summary).isEqualTo(new SyncSummary(20, 0, 0, 0, List.of()));
        assertThat(progress)
                .extracting(SyncProgress::index)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(progress).extracting(SyncProgress::total).containsOnly(20);
        assertThat(progress).extracting(SyncProgress::id).containsExactlyInAnyOrderElementsOf(ids(saved));
        assertThat(server.applications()).hasSize(20).containsOnlyKeys(ids(saved));
        assertThat(server.applications().values()).containsOnly(1);
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void aDeadServerCostsTwoAttemptsNotOnePerSender() {
        entries(10, 0);
        server.down(CONNECTION_REFUSED);

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(server.sends()).isEqualTo(2);
        assertThat(transport.maxInFlight()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(10);
        assertThat(progress).hasSize(10);
        assertThat(store.pending()).hasSize(10);
    }

    @Test
    void recordsThatDependOnEachOtherKeepTheirOrder() {
        List<OfflineRecord> opener = entries(1, 0);
        OfflineRecord entry = save(entry("B 10 A", T0.plusSeconds(1)));
        OfflineRecord exit = save(exitOf(entry.id(), "B10A", T0.plusSeconds(2)));
        OfflineRecord samePlateFirst = save(entry("B 20 A", T0.plusSeconds(3)));
        OfflineRecord samePlateSecond = save(entry("B 20 A", T0.plusSeconds(4)));
        List<OfflineRecord> independent = entries(8, 10);
        Set<UUID> held = Set.of(entry.id(), samePlateFirst.id());
        Set<UUID> others = Set.copyOf(ids(independent));
        CountDownLatch othersSent = new CountDownLatch(independent.size());
        transport.beforeSend(record -> {
            if (held.contains(record.id())) {
                // Held until every independent record went: a record that ignored its order would overtake now.
                awaitQuietly(othersSent);
            } else if (others.contains(record.id())) {
                othersSent.countDown();
            }
        });

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.created()).isEqualTo(opener.size() + 4 + independent.size());
        assertThat(transport.span(exit.id()).started())
                .isGreaterThan(transport.span(entry.id()).ended());
        assertThat(transport.span(samePlateSecond.id()).started())
                .isGreaterThan(transport.span(samePlateFirst.id()).ended());
        // And the independent ones did overtake the held ones: the run really had several in flight.
        assertThat(transport.span(independent.get(7).id()).started())
                .isLessThan(transport.span(entry.id()).ended());
        assertThat(server.calls().indexOf("send " + exit.id()))
                .isGreaterThan(server.calls().indexOf("send " + entry.id()));
    }

    @Test
    void anExitWhoseEntryFailsInThisRunIsNotSentAlongside() {
        entries(1, 0);
        OfflineRecord entry = save(entry("B 10 A", T0.plusSeconds(1)));
        OfflineRecord exit = save(exitOf(entry.id(), "B10A", T0.plusSeconds(2)));
        entries(6, 10);
        server.answer(entry.id(), new SendResult.RetryLater("timeout"));

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(server.calls()).doesNotContain("send " + exit.id());
        assertThat(summary.failures()).extracting(SyncFailure::id).containsExactly(entry.id(), exit.id());
        assertThat(store.pending()).extracting(PendingRecord::id).containsExactly(entry.id(), exit.id());
    }

    @Test
    void aCrashWithSeveralInFlightLosesNothingAndAppliesNothingTwice() {
        List<OfflineRecord> saved = entries(16, 0);
        server.crashAfterApplying(7); // applied on the server, the lane dies before it hears the answer

        assertThatThrownBy(() -> engine.syncAll(progress::add)).isInstanceOf(FakeServer.SimulatedCrash.class);
        assertThat(transport.inFlight()).isZero(); // no sender outlives the run
        int left = store.pending().size();
        assertThat(left).isLessThan(16).isGreaterThan(0);

        progress.clear();
        SyncSummary again = engine.syncAll(progress::add);

        assertThat(again.total()).isEqualTo(left);
        assertThat(again.alreadyPresent()).isGreaterThanOrEqualTo(1); // the one whose answer was lost
        assertThat(again.nothingFailed()).isTrue();
        assertThat(server.applications()).containsOnlyKeys(ids(saved));
        assertThat(server.applications().values()).containsOnly(1);
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void aCutWithSeveralInFlightLosesNothingAndAppliesNothingTwice() {
        List<OfflineRecord> saved = entries(24, 0);
        AtomicInteger sends = new AtomicInteger();
        AtomicBoolean cut = new AtomicBoolean();
        // From the 9th send on the link is cut after the server applied the record: its answer never arrives.
        SyncTransport cutting = new SyncTransport() {
            @Override
            public SendResult send(OfflineRecord record) {
                SendResult answer = transport.send(record);
                if (sends.incrementAndGet() >= 9 || cut.get()) {
                    cut.set(true);
                    return new SendResult.RetryLater("connection reset");
                }
                return answer;
            }

            @Override
            public SendResult uploadPhoto(UUID recordId, String apiKind, byte[] jpeg) {
                return transport.uploadPhoto(recordId, apiKind, jpeg);
            }

            @Override
            public SendResult reportSetAside(id.sistemparkir.core.contract.SetAsideReport report) {
                return transport.reportSetAside(report);
            }

            @Override
            public boolean relogin() {
                return transport.relogin();
            }
        };
        SyncEngine cutEngine = new SyncEngine(store, cutting, dataDir, new MutableClock(T0), IN_FLIGHT);

        SyncSummary first = cutEngine.syncAll(progress::add);

        assertThat(first.created()).isEqualTo(8);
        assertThat(first.failed()).isEqualTo(16);
        assertThat(progress).hasSize(24);
        assertThat(progress).extracting(SyncProgress::id).doesNotHaveDuplicates();
        assertThat(store.pending()).hasSize(16);

        SyncSummary again = engine.syncAll();

        assertThat(again.created() + again.alreadyPresent()).isEqualTo(16);
        assertThat(again.alreadyPresent()).isEqualTo(sends.get() - 8); // every applied-but-unanswered one
        assertThat(server.applications()).containsOnlyKeys(ids(saved));
        assertThat(server.applications().values()).containsOnly(1);
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void cancellingStopsEverySenderBeforeTheRunEnds() throws Exception {
        List<OfflineRecord> saved = entries(10, 0);
        CountDownLatch never = new CountDownLatch(1);
        transport.beforeSend(record -> {
            if (!firstSend.compareAndSet(false, true)) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CallCancelledException("test send");
                }
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread syncing = new Thread(() -> {
            try {
                engine.syncAll(progress::add);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        syncing.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> transport.inFlight() == IN_FLIGHT);

        syncing.interrupt();
        syncing.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(syncing.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(CallCancelledException.class);
        assertThat(transport.inFlight()).isZero();
        assertThat(server.applications())
                .hasSize(1)
                .containsOnlyKeys(ids(saved).stream()
                        .filter(id -> !store.pending().stream().anyMatch(p -> p.id().equals(id)))
                        .toList());
        assertThat(store.pending()).hasSize(9);
    }

    @Test
    void sendersThatAllGet401ShareOneLogin() {
        List<OfflineRecord> saved = entries(12, 0);
        CountDownLatch together = new CountDownLatch(IN_FLIGHT);
        AtomicBoolean expired = new AtomicBoolean();
        transport.beforeSend(record -> {
            if (!firstSend.compareAndSet(false, true) && together.getCount() > 0) {
                if (expired.compareAndSet(false, true)) {
                    server.expireToken(true);
                }
                together.countDown();
                awaitQuietly(together);
            }
        });

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary).isEqualTo(new SyncSummary(12, 0, 0, 0, List.of()));
        assertThat(server.relogins()).isEqualTo(1);
        assertThat(server.applications().values()).containsOnly(1);
    }

    @Test
    void dependencyKeysNameTheEntryTheTicketAndThePlate() {
        OfflineRecord entry = entry("B 10 A", T0);
        OfflineRecord exit = exitOf(entry.id(), "b-10-a", T0.plusSeconds(5));

        assertThat(SyncPipeline.keys(pending(entry))).containsExactly("entry:" + entry.id(), "plate:B10A");
        assertThat(SyncPipeline.keys(pending(exit))).containsExactly("entry:" + entry.id(), "plate:B10A");
    }

    // --- helpers

    private PendingRecord pending(OfflineRecord record) {
        return new PendingRecord(dataDir.resolve("x.json"), record);
    }

    /** {@code count} entries with plates no other record of a test has, one second apart from {@code T0 + from s}. */
    private List<OfflineRecord> entries(int count, int from) {
        List<OfflineRecord> saved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            saved.add(save(entry("D " + (1000 + from + i) + " X", T0.plusSeconds(from + i))));
        }
        return saved;
    }

    private static OfflineRecord entry(String plate, Instant at) {
        return OfflineRecord.of(new EntryRequest(
                UUID.randomUUID(), null, plate.replace(" ", ""), VehicleType.MOBIL, "IN1", at, true, false));
    }

    private static OfflineRecord exitOf(UUID entryId, String plate, Instant at) {
        return OfflineRecord.of(
                new ExitRequest(UUID.randomUUID(), null, entryId, plate, "OUT1", at, 5000, 5000, "CASH", false, true));
    }

    private OfflineRecord save(OfflineRecord record) {
        store.save(record);
        return record;
    }

    private static List<UUID> ids(List<OfflineRecord> records) {
        return records.stream().map(OfflineRecord::id).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallCancelledException("test send");
        }
    }
}
