package id.sistemparkir.client.offline;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox tells its counts on every change, and counts the folder only when something changed. */
class OutboxCountsTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    @Test
    void everyChangeThroughTheStoreIsAnnounced() {
        OfflineStore store = new OfflineStore(dataDir, clock, WIB);
        List<OutboxCounts> heard = new ArrayList<>();
        store.addListener(heard::add);

        PendingRecord first = store.save(TestRecords.entry(T0));
        store.save(TestRecords.entry(T0.plusSeconds(5)));
        store.moveToNeedsAttention(first, "refused");
        store.retryNeedsAttention(first.id());
        store.remove(store.pending().get(0));

        assertThat(heard)
                .containsExactly(
                        new OutboxCounts(1, 0),
                        new OutboxCounts(2, 0),
                        new OutboxCounts(1, 1),
                        new OutboxCounts(2, 0),
                        new OutboxCounts(1, 0));
        assertThat(store.pendingCount()).isEqualTo(1);
    }

    @Test
    void aChangeByAnotherProcessShowsAfterARefresh() throws Exception {
        OfflineStore store = new OfflineStore(dataDir, clock, WIB);
        assertThat(store.pendingCount()).isZero();
        OfflineStore other = new OfflineStore(dataDir, clock, WIB); // e.g. `parkir entry` on the same data dir
        other.save(TestRecords.entry(T0));

        assertThat(store.pendingCount()).as("cached until refreshed").isZero();
        List<OutboxCounts> heard = new ArrayList<>();
        store.addListener(heard::add);
        store.refreshCounts();

        assertThat(store.pendingCount()).isEqualTo(1);
        assertThat(heard).containsExactly(new OutboxCounts(1, 0));
    }

    @Test
    void anUnreadableFileStopsCountingOnceMovedAside() throws Exception {
        OfflineStore store = new OfflineStore(dataDir, clock, WIB);
        OfflineRecord record = TestRecords.entry(T0);
        PendingRecord saved = store.save(record);
        Files.write(saved.file(), "{not json".getBytes());
        assertThat(Json.mapper()).isNotNull();

        assertThat(store.pending()).isEmpty();
        assertThat(store.counts()).isEqualTo(OutboxCounts.EMPTY);
    }
}
