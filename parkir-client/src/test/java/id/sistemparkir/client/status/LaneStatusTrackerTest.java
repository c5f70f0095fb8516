package id.sistemparkir.client.status;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.connection.ClockCheck;
import id.sistemparkir.client.connection.ConnectionMonitor;
import id.sistemparkir.client.connection.ConnectionSnapshot;
import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.OutboxCounts;
import id.sistemparkir.client.offline.TestRecords;
import id.sistemparkir.client.sync.SyncEngine;
import id.sistemparkir.client.sync.SyncSummary;
import id.sistemparkir.client.sync.TestTransports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One observable status, fed by the monitor, the clock check, the outbox and every sync run. */
class LaneStatusTrackerTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final List<LaneStatus> heard = new ArrayList<>();
    private ScheduledExecutorService scheduler;
    private OfflineStore store;
    private SyncEngine sync;
    private ConnectionMonitor monitor;
    private ClockCheck clockCheck;
    private LaneStatusTracker tracker;

    @BeforeEach
    void setUp() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        store = new OfflineStore(dataDir, clock, WIB);
        sync = new SyncEngine(store, TestTransports.acceptingAll(), dataDir, clock);
        // Never started: the test feeds the monitor's listeners itself.
        monitor = new ConnectionMonitor(
                new ServerApi(ServerEndpoint.of("http://127.0.0.1:9")), Duration.ofSeconds(10), clock, scheduler);
        clockCheck = new ClockCheck(clock);
        tracker = LaneStatusTracker.attach(monitor, clockCheck, store, sync, clock);
        tracker.addListener((before, now) -> heard.add(now));
    }

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
    }

    @Test
    void startsCheckingWithTheOutboxAsOnDisk() {
        store.save(TestRecords.entry(T0));
        LaneStatusTracker fresh = LaneStatusTracker.attach(monitor, clockCheck, store, sync, clock);

        assertThat(fresh.current().state()).isEqualTo(ConnectionState.CHECKING);
        assertThat(fresh.current().outbox()).isEqualTo(new OutboxCounts(1, 0));
        assertThat(fresh.current().sync().running()).isFalse();
    }

    @Test
    void anOfflineSaveRaisesThePendingCountWithoutAskingTheFolder() {
        store.save(TestRecords.entry(T0));
        store.save(TestRecords.entry(T0.plusSeconds(1)));

        assertThat(heard).extracting(LaneStatus::pending).containsExactly(1, 2);
        assertThat(tracker.current().pending()).isEqualTo(2);
    }

    @Test
    void aSyncRunIsReportedStartProgressAndSummary() {
        store.save(TestRecords.entry(T0));
        store.save(TestRecords.entry(T0.plusSeconds(1)));
        heard.clear();

        SyncSummary summary = sync.syncAll();

        assertThat(summary.created()).isEqualTo(2);
        assertThat(heard.get(0).sync()).isEqualTo(LaneStatus.SyncState.started(2));
        assertThat(heard).anySatisfy(s -> {
            assertThat(s.sync().running()).isTrue();
            assertThat(s.sync().done()).isEqualTo(1);
            assertThat(s.sync().last().orElseThrow().plate()).isEqualTo("B 1234 XYZ");
        });
        LaneStatus last = tracker.current();
        assertThat(last.sync().running()).isFalse();
        assertThat(last.lastSummary()).contains(summary);
        assertThat(last.pending()).isZero();
    }

    @Test
    void connectionClockAndProblemsAreOneStatus() {
        tracker.connection(new ConnectionSnapshot(ConnectionState.CONNECTED, T0, Duration.ofMillis(12), "up"));
        clockCheck.record(T0.minusSeconds(90)); // this station is 90 s ahead
        tracker.reportProblem(Message.of("login.refused"));

        LaneStatus now = tracker.current();
        assertThat(now.connected()).isTrue();
        assertThat(now.clockSkewed()).isTrue();
        assertThat(now.clockSkew()).isEqualTo(Duration.ofSeconds(90));
        assertThat(now.lastError().orElseThrow().text().key()).isEqualTo("login.refused");
        assertThat(heard).hasSize(3);

        tracker.clearProblem();
        assertThat(tracker.current().lastError()).isEmpty();
    }

    @Test
    void anUnchangedStatusIsNotAnnounced() {
        ConnectionSnapshot up = new ConnectionSnapshot(ConnectionState.CONNECTED, T0, Duration.ZERO, "up");
        tracker.connection(up);
        tracker.connection(up);

        assertThat(heard).hasSize(1);
    }
}
