package id.sistemparkir.client.sync;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PendingRecord;
import id.sistemparkir.client.offline.PhotoKind;
import id.sistemparkir.client.offline.TestRecords;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.server.testsupport.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sync engine against a fake, idempotent server: the rules of DESIGN §5a and §6. */
class SyncEngineTest {

    private static final SendResult.RetryLater CONNECTION_REFUSED = new SendResult.RetryLater("connection refused");

    @TempDir
    Path dataDir;

    private MutableClock clock;
    private OfflineStore store;
    private FakeServer server;
    private SyncEngine engine;
    private final List<SyncProgress> progress = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0.plus(Duration.ofHours(3)));
        store = new OfflineStore(dataDir, clock, WIB);
        server = new FakeServer();
        engine = new SyncEngine(store, server, dataDir, clock);
    }

    @Test
    void sendsEverythingInOrderReportsEachAndEmptiesTheOutbox() {
        OfflineRecord entry = save(TestRecords.entry(T0));
        OfflineRecord exit = save(TestRecords.exitOf(entry.id(), T0.minusSeconds(30))); // lane clock behind
        OfflineRecord other = save(TestRecords.entry(T0.plusSeconds(60)));

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary).isEqualTo(new SyncSummary(3, 0, 0, 0, List.of()));
        assertThat(summary.nothingFailed()).isTrue();
        assertThat(summary.total()).isEqualTo(3);
        assertThat(server.calls()).containsExactly("send " + entry.id(), "send " + exit.id(), "send " + other.id());
        assertThat(progress)
                .extracting(SyncProgress::index, SyncProgress::total, SyncProgress::id, SyncProgress::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 3, entry.id(), SyncOutcome.CREATED),
                        org.assertj.core.groups.Tuple.tuple(2, 3, exit.id(), SyncOutcome.CREATED),
                        org.assertj.core.groups.Tuple.tuple(3, 3, other.id(), SyncOutcome.CREATED));
        assertThat(store.pending()).isEmpty();
        assertThat(store.pendingCount()).isZero();
    }

    @Test
    void anEmptyOutboxIsANothingFailedSummary() {
        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.total()).isZero();
        assertThat(summary.nothingFailed()).isTrue();
        assertThat(progress).isEmpty();
    }

    @Test
    void aSetAsideRecordIsReportedAfterALoginAgainAndNotWhileTheServerIsDown() {
        OfflineRecord refused = save(TestRecords.entry(T0));
        server.answer(refused.id(), new SendResult.Rejected(400, "invalid_time", "entryTime is \"in the future\""));
        engine.syncAll();
        store.setAside(refused.id(), "jam lane salah");

        server.down(CONNECTION_REFUSED);
        engine.syncAll();
        assertThat(server.setAsideReports()).isEmpty();
        assertThat(store.unreportedSetAside()).hasSize(1);

        server.up();
        server.expireToken(true);
        engine.syncAll();
        engine.syncAll();

        assertThat(server.setAsideReports()).containsOnlyKeys(refused.id());
        assertThat(server.setAsideReports().get(refused.id()))
                .startsWith("jam lane salah (refused by the server: ")
                .contains("invalid_time", "\"in the future\""); // quotes are fine in a reason
        assertThat(server.calls())
                .filteredOn(call -> call.startsWith("set-aside"))
                .hasSize(3); // down, 401, sent
        assertThat(server.relogins()).isEqualTo(1);
        assertThat(store.unreportedSetAside()).isEmpty();
        assertThat(store.setAsideRecords()).hasSize(1);
    }

    @Test
    void aReplayIsAlreadyPresentAndCleanedUp() {
        OfflineRecord sentBefore = save(TestRecords.entry(T0));
        OfflineRecord fresh = save(TestRecords.entry(T0.plusSeconds(1)));
        server.alreadyHas(sentBefore);

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.alreadyPresent()).isEqualTo(1);
        assertThat(progress)
                .extracting(SyncProgress::outcome)
                .containsExactly(SyncOutcome.ALREADY_PRESENT, SyncOutcome.CREATED);
        assertThat(store.pending()).isEmpty();
        assertThat(server.applications()).containsEntry(sentBefore.id(), 1).containsEntry(fresh.id(), 1);
    }

    @Test
    void anExitTheServerKeepsForItsEntryCountsAsDelivered() {
        OfflineRecord exit = save(TestRecords.exitOf(UUID.randomUUID(), T0)); // its entry is in another lane's outbox

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(progress).singleElement().satisfies(update -> {
            assertThat(update.message()).contains("accepted");
            // Not a plain "sent": the operator sees that the server waits for the entry (issue 10, item 11).
            assertThat(update.text()).isEqualTo(Message.of("sync.accepted_pending_entry"));
        });
        assertThat(store.pending()).isEmpty();
        assertThat(server.applications()).containsKey(exit.id());
    }

    @Test
    void aRefusedRecordNeedsAttentionWithTheServersReasonAndTheRestGoesOn() {
        OfflineRecord first = save(TestRecords.entry(T0));
        OfflineRecord refused = save(TestRecords.entry(T0.plusSeconds(1)));
        OfflineRecord last = save(TestRecords.entry(T0.plusSeconds(2)));
        server.answer(refused.id(), new SendResult.Rejected(400, "invalid_plate", "'B 1234 XYZ' is not a plate"));

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.needsAttention()).isEqualTo(1);
        assertThat(summary.nothingFailed()).isFalse();
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo(refused.id());
            assertThat(failure.kind()).isEqualTo("entry");
            assertThat(failure.reason()).contains("HTTP 400", "invalid_plate", "is not a plate");
        });
        assertThat(store.pending()).isEmpty();
        assertThat(store.needsAttention()).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(refused.id());
            assertThat(record.record().lastError()).contains("is not a plate");
            assertThat(store.needsAttentionReason(record).orElseThrow()).contains("is not a plate");
        });
        assertThat(server.applications()).containsOnlyKeys(first.id(), last.id());
    }

    @Test
    void aRecordThatMustBeRetriedStaysWithItsAttemptAndTheNextOneStillGoes() {
        OfflineRecord poison = save(TestRecords.entry(T0));
        OfflineRecord next = save(TestRecords.entry(T0.plusSeconds(1)));
        server.answer(poison.id(), new SendResult.RetryLater("HTTP 500: internal error"));

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.created()).isEqualTo(1);
        assertThat(store.pending()).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(poison.id());
            assertThat(record.record().attempts()).isEqualTo(1);
            assertThat(record.record().lastError()).isEqualTo("HTTP 500: internal error");
        });
        assertThat(server.applications()).containsOnlyKeys(next.id());
    }

    @Test
    void aServerThatIsDownStopsTheRunAfterTwoFailuresInARow() {
        List<OfflineRecord> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(save(TestRecords.entry(T0.plusSeconds(i))));
        }
        server.down(CONNECTION_REFUSED);

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(server.sends()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(5);
        assertThat(summary.failures())
                .extracting(SyncFailure::reason)
                .containsExactly(
                        "connection refused",
                        "connection refused",
                        SyncRun.SERVER_UNAVAILABLE,
                        SyncRun.SERVER_UNAVAILABLE,
                        SyncRun.SERVER_UNAVAILABLE);
        assertThat(progress).extracting(SyncProgress::index).containsExactly(1, 2, 3, 4, 5);
        assertThat(store.pending())
                .extracting(record -> record.record().attempts())
                .containsExactly(1, 1, 0, 0, 0);

        server.up();
        SyncSummary retry = engine.syncAll();

        assertThat(retry.created()).isEqualTo(5);
        assertThat(store.pending()).isEmpty();
        assertThat(server.applications()).hasSize(5).allSatisfy((id, times) -> assertThat(times)
                .isEqualTo(1));
    }

    @Test
    void anExitWhoseEntryFailedIsNotSentBeforeIt() {
        OfflineRecord entry = save(TestRecords.entry(T0));
        OfflineRecord exit = save(TestRecords.exitByTicket(entry.id(), T0, T0.plusSeconds(10)));
        OfflineRecord other = save(TestRecords.entry(T0.plusSeconds(20)));
        server.answer(entry.id(), new SendResult.RetryLater("timeout"));

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(server.calls()).containsExactly("send " + entry.id(), "send " + other.id());
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.failures())
                .extracting(SyncFailure::id, SyncFailure::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(entry.id(), "timeout"),
                        org.assertj.core.groups.Tuple.tuple(
                                exit.id(),
                                "not attempted: waits for entry " + entry.id() + ", which did not sync yet"));
        assertThat(store.pending())
                .extracting(PendingRecord::id, record -> record.record().attempts())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(entry.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(exit.id(), 0));

        engine.syncAll();

        assertThat(server.calls())
                .endsWith("send " + entry.id(), "send " + exit.id())
                .hasSize(4);
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void anExitWaitsHereWhileItsEntryNeedsAttentionAndGoesOnceTheEntryIsRetried() {
        OfflineRecord entry = save(TestRecords.entry(T0));
        OfflineRecord exit = save(TestRecords.exitByTicket(entry.id(), T0, T0.plusSeconds(10)));
        server.answer(entry.id(), new SendResult.Rejected(400, "invalid_time", "entryTime is in the future"));

        engine.syncAll(progress::add);
        SyncSummary second = engine.syncAll(progress::add);

        assertThat(server.calls()).containsExactly("send " + entry.id());
        assertThat(second.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("waits for entry"));
        assertThat(store.pending()).extracting(PendingRecord::id).containsExactly(exit.id());

        server.answer(entry.id(), new SendResult.Created());
        store.retryNeedsAttention(entry.id());
        SyncSummary fixed = engine.syncAll(progress::add);

        assertThat(fixed.nothingFailed()).isTrue();
        assertThat(server.calls()).endsWith("send " + entry.id(), "send " + exit.id());
        assertThat(store.pending()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 10})
    void aRunKilledHalfWayAndRunAgainDeliversEveryRecordExactlyOnce(int killedAfter) {
        List<OfflineRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            OfflineRecord entry = save(TestRecords.entry(T0.plusSeconds(i * 60L)));
            records.add(entry);
            if (i % 3 == 0) {
                records.add(save(TestRecords.exitOf(entry.id(), T0.plusSeconds(i * 60L + 30))));
            }
        }
        server.crashAfterApplying(killedAfter);

        assertThatThrownBy(() -> engine.syncAll(progress::add)).isInstanceOf(FakeServer.SimulatedCrash.class);
        assertThat(store.pendingCount()).isEqualTo(records.size() - killedAfter + 1);

        SyncSummary rerun = engine.syncAll();

        assertThat(rerun.nothingFailed()).isTrue();
        assertThat(rerun.alreadyPresent()).isEqualTo(1);
        assertThat(rerun.created() + progress.size()).isEqualTo(records.size() - 1);
        assertThat(store.pending()).isEmpty();
        assertThat(server.applications())
                .containsOnlyKeys(records.stream().map(OfflineRecord::id).toList())
                .allSatisfy((id, times) -> assertThat(times).as(id.toString()).isEqualTo(1));
    }

    @Test
    void anExpiredTokenIsRenewedAndTheRecordSentAgain() {
        OfflineRecord first = save(TestRecords.entry(T0));
        OfflineRecord second = save(TestRecords.entry(T0.plusSeconds(1)));
        server.expireToken(true);

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(server.relogins()).isEqualTo(1);
        assertThat(server.calls()).containsExactly("send " + first.id(), "send " + first.id(), "send " + second.id());
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void whenLoggingInAgainFailsTheRestIsNotAttempted() {
        OfflineRecord first = save(TestRecords.entry(T0));
        save(TestRecords.entry(T0.plusSeconds(1)));
        server.expireToken(false);

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.failed()).isEqualTo(2);
        assertThat(server.relogins()).isEqualTo(1);
        assertThat(server.sends()).isEqualTo(1);
        assertThat(summary.failures())
                .extracting(SyncFailure::reason)
                .containsExactly("not logged in: token expired", SyncRun.NOT_LOGGED_IN);
        assertThat(store.pending())
                .extracting(record -> record.record().attempts())
                .containsExactly(1, 0);
        assertThat(store.pending().get(0).id()).isEqualTo(first.id());
    }

    @Test
    void photosFollowTheirConfirmedRecordAndAreRemovedOnceUploaded() {
        OfflineRecord entry = save(TestRecords.entry(T0));
        OfflineRecord exit = save(TestRecords.exitOf(entry.id(), T0.plusSeconds(600)));
        store.savePhoto(entry.id(), PhotoKind.MASUK, jpeg(1));
        store.savePhoto(exit.id(), PhotoKind.KELUAR, jpeg(2));
        List<Boolean> recordStillThere = new ArrayList<>();
        server.onPhoto(id -> recordStillThere.add(
                store.pending().stream().anyMatch(record -> record.id().equals(id))));

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(server.calls())
                .containsExactly(
                        "send " + entry.id(), "photo " + entry.id(), "send " + exit.id(), "photo " + exit.id());
        // The record is done as soon as the server confirmed it; its photo follows.
        assertThat(recordStillThere).containsExactly(false, false);
        assertThat(server.photo(entry.id())).contains(jpeg(1));
        assertThat(server.photoKind(entry.id())).contains("IN");
        assertThat(server.photoKind(exit.id())).contains("OUT");
        assertThat(store.photo(entry.id(), PhotoKind.MASUK)).isEmpty();
        assertThat(store.photo(exit.id(), PhotoKind.KELUAR)).isEmpty();
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void aPhotoThatDoesNotGetThroughNeverHoldsBackItsRecordAndGoesWithALaterSync() {
        OfflineRecord entry = save(TestRecords.entry(T0));
        store.savePhoto(entry.id(), PhotoKind.MASUK, jpeg(1));
        server.answerPhoto(entry.id(), new SendResult.RetryLater("timeout"));

        SyncSummary first = engine.syncAll(progress::add);

        assertThat(first.created()).isEqualTo(1);
        assertThat(first.nothingFailed()).isTrue();
        assertThat(store.pending()).isEmpty();
        assertThat(progress).singleElement().satisfies(p -> assertThat(p.message())
                .contains("photo kept"));
        assertThat(store.photo(entry.id(), PhotoKind.MASUK)).contains(jpeg(1));

        SyncSummary second = engine.syncAll();

        assertThat(second.total()).isZero();
        assertThat(server.photo(entry.id())).contains(jpeg(1));
        assertThat(store.photo(entry.id(), PhotoKind.MASUK)).isEmpty();
        assertThat(server.applications()).containsEntry(entry.id(), 1);
    }

    @Test
    void aRefusedPhotoIsKeptInRejectedWithItsReasonAndItsDeliveredRecordIsDone() throws Exception {
        OfflineRecord entry = save(TestRecords.entry(T0));
        store.savePhoto(entry.id(), PhotoKind.MASUK, jpeg(1));
        server.answerPhoto(entry.id(), new SendResult.Rejected(409, "photo_conflict", "A different photo is stored"));

        SyncSummary summary = engine.syncAll(progress::add);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.needsAttention()).isZero();
        assertThat(store.needsAttention()).isEmpty();
        assertThat(store.pending()).isEmpty();
        assertThat(progress).singleElement().satisfies(p -> assertThat(p.message())
                .contains("photo refused"));
        assertThat(store.photo(entry.id(), PhotoKind.MASUK)).isEmpty();
        // Never deleted (DESIGN §6): moved aside with the server's reason, not sent again.
        Path rejected = dataDir.resolve(OfflineStore.OFFLINE_DATA).resolve(OfflineStore.REJECTED);
        assertThat(rejected.resolve(entry.id() + ".jpg")).exists();
        assertThat(Files.readString(rejected.resolve(entry.id() + ".jpg.reason")))
                .contains("HTTP 409 photo_conflict");
    }

    @Test
    void syncLogHasOneLinePerAttempt() throws Exception {
        OfflineRecord ok = save(TestRecords.entry(T0));
        OfflineRecord refused = save(TestRecords.entry(T0.plusSeconds(1)));
        OfflineRecord failing = save(TestRecords.exitOf(UUID.randomUUID(), T0.plusSeconds(2)));
        server.answer(refused.id(), new SendResult.Rejected(400, "invalid_plate", "bad plate"));
        server.answer(failing.id(), new SendResult.RetryLater("HTTP 503 database down"));

        engine.syncAll();
        clock.advance(Duration.ofMinutes(5));
        engine.syncAll();

        List<String> lines = Files.readAllLines(dataDir.resolve("logs/sync.log"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0))
                .isEqualTo(clock.instant().minus(Duration.ofMinutes(5)) + " " + ok.id()
                        + " entry CREATED attempt=1 created");
        assertThat(lines.get(1)).contains(refused.id() + " entry NEEDS_ATTENTION attempt=1 refused by the server");
        assertThat(lines.get(2)).contains(failing.id() + " exit FAILED attempt=1 HTTP 503 database down");
        assertThat(lines.get(3)).startsWith(clock.instant() + " " + failing.id() + " exit CREATED attempt=2");
    }

    @Test
    void anExceptionFromTheTransportIsARetryLater() {
        OfflineRecord entry = save(TestRecords.entry(T0));
        server.onSend(record -> {
            throw new IllegalStateException("socket closed");
        });

        SyncSummary summary = engine.syncAll();

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(store.pending())
                .singleElement()
                .satisfies(record -> assertThat(record.record().lastError()).contains("socket closed"));
        assertThat(store.pending().get(0).id()).isEqualTo(entry.id());
    }

    @Test
    void aFailingProgressListenerDoesNotStopTheSync() {
        save(TestRecords.entry(T0));
        save(TestRecords.entry(T0.plusSeconds(1)));

        SyncSummary summary = engine.syncAll(update -> {
            throw new IllegalStateException("dialog closed");
        });

        assertThat(summary.created()).isEqualTo(2);
    }

    @Test
    void twoSyncsAtOnceOneIsRefused() throws Exception {
        save(TestRecords.entry(T0));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.onSend(record -> {
            sending.countDown();
            await(release);
        });
        CompletableFuture<SyncSummary> first = CompletableFuture.supplyAsync(engine::syncAll);
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(engine::syncAll).isInstanceOf(SyncInProgressException.class);
        assertThatThrownBy(() -> new SyncEngine(store, new FakeServer(), dataDir, clock).syncAll())
                .isInstanceOf(SyncInProgressException.class);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).created()).isEqualTo(1);
        assertThat(engine.syncAll().total()).isZero();
    }

    @Test
    void theEngineAndTheStoreMustShareTheDataDir() {
        assertThatThrownBy(() -> new SyncEngine(store, server, dataDir.resolve("other"), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private OfflineRecord save(OfflineRecord record) {
        return store.save(record).record();
    }

    private static byte[] jpeg(int marker) {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) marker};
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
