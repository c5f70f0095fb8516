package id.sistemparkir.client.offline;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.server.testsupport.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order {@link OfflineStore#pending()} gives: oldest first, an exit never before its entry. */
class SyncOrderTest {

    @TempDir
    Path dataDir;

    private OfflineStore store;

    @BeforeEach
    void setUp() {
        store = new OfflineStore(dataDir, new MutableClock(T0), WIB);
    }

    @Test
    void independentRecordsGoOldestFirst() {
        OfflineRecord third = store.save(TestRecords.entry(T0.plusSeconds(120))).record();
        OfflineRecord first =
                store.save(TestRecords.exitOf(UUID.randomUUID(), T0)).record();
        OfflineRecord second = store.save(TestRecords.entry(T0.plusSeconds(60))).record();

        assertThat(ids()).containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void anExitWhoseLaneClockIsBehindStillComesAfterItsEntry() {
        UUID entryId = UUID.randomUUID();
        // The exit lane's clock is 10 minutes behind: its exit time is before the entry time.
        OfflineRecord exit =
                store.save(TestRecords.exitOf(entryId, T0.minusSeconds(600))).record();
        OfflineRecord between =
                store.save(TestRecords.entry(T0.minusSeconds(300))).record();
        OfflineRecord entry = store.save(TestRecords.entry(entryId, T0)).record();
        OfflineRecord later = store.save(TestRecords.entry(T0.plusSeconds(300))).record();

        assertThat(ids()).containsExactly(between.id(), entry.id(), exit.id(), later.id());
    }

    @Test
    void theEntryOfAnExitIsFoundThroughItsTicketCode() {
        UUID entryId = UUID.randomUUID();
        OfflineRecord exit = store.save(TestRecords.exitByTicket(entryId, T0, T0.minusSeconds(60)))
                .record();
        OfflineRecord entry = store.save(TestRecords.entry(entryId, T0)).record();

        assertThat(ids()).containsExactly(entry.id(), exit.id());
    }

    @Test
    void anExitWhoseEntryIsNotWaitingGoesByItsOwnTime() {
        OfflineRecord exit = store.save(TestRecords.exitOf(UUID.randomUUID(), T0.minusSeconds(60)))
                .record();
        OfflineRecord entry = store.save(TestRecords.entry(T0)).record();

        assertThat(ids()).containsExactly(exit.id(), entry.id());
    }

    @Test
    void manyRecordsInAnyFileOrderKeepBothRules() {
        Random random = new Random(42);
        List<OfflineRecord> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant entryTime = T0.plusSeconds(random.nextInt(3600));
            OfflineRecord entry = TestRecords.entry(entryTime);
            records.add(entry);
            if (random.nextBoolean()) {
                Instant exitTime = entryTime.plusSeconds(random.nextInt(1200) - 600); // skewed either way
                records.add(
                        random.nextBoolean()
                                ? TestRecords.exitOf(entry.id(), exitTime)
                                : TestRecords.exitByTicket(entry.id(), entryTime, exitTime));
            }
        }
        Collections.shuffle(records, random);
        records.forEach(store::save);

        List<PendingRecord> ordered = store.pending();

        assertThat(ordered).hasSize(records.size());
        for (int i = 0; i < ordered.size(); i++) {
            PendingRecord record = ordered.get(i);
            record.requiredEntryId().ifPresent(entryId -> assertThat(
                            ordered.stream().map(PendingRecord::id).toList().indexOf(entryId))
                    .isLessThan(ordered.indexOf(record)));
        }
        List<PendingRecord> entries =
                ordered.stream().filter(PendingRecord::isEntry).toList();
        assertThat(entries).extracting(PendingRecord::deviceTime).isSortedAccordingTo(Instant::compareTo);
    }

    private List<UUID> ids() {
        return store.pending().stream().map(PendingRecord::id).toList();
    }
}
