package id.sistemparkir.client.offline;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.testsupport.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A needs-attention record that can never pass is set aside with a reason: kept, out of the queue, never deleted. */
class OfflineSetAsideTest {

    @TempDir
    Path dataDir;

    private OfflineStore store;

    @BeforeEach
    void setUp() {
        store = new OfflineStore(dataDir, new MutableClock(T0.plus(Duration.ofHours(1))), WIB);
    }

    @Test
    void aSetAsideRecordKeepsItsFileAndBothReasonsAndLeavesEveryList() throws Exception {
        PendingRecord refused = store.save(TestRecords.entry(T0));
        PendingRecord other = store.save(TestRecords.entry(T0.plusSeconds(5)));
        store.moveToNeedsAttention(refused, "refused by the server (HTTP 400 invalid_time): in the future");

        PendingRecord aside = store.setAside(refused.id(), "lane clock was a year ahead; entered by hand");

        Path dir = dataDir.resolve("offline_data").resolve("needs-attention").resolve("set-aside");
        assertThat(aside.file()).isEqualTo(dir.resolve(refused.file().getFileName()));
        assertThat(aside.file()).exists();
        assertThat(Files.readString(dir.resolve(refused.file().getFileName() + ".reason")))
                .startsWith("lane clock was a year ahead; entered by hand (refused by the server: ")
                .contains("in the future");
        assertThat(store.needsAttention()).isEmpty();
        assertThat(store.pending()).containsExactly(other);
        assertThat(store.setAsideRecords()).extracting(PendingRecord::id).containsExactly(refused.id());
        assertThat(store.retryAllNeedsAttention()).isZero();
        assertThat(store.setAsideRecords()).hasSize(1);
    }

    @Test
    void noReasonOrAnUnknownRecordChangesNothing() {
        PendingRecord refused = store.save(TestRecords.entry(T0));
        store.moveToNeedsAttention(refused, "refused");

        assertThatThrownBy(() -> store.setAside(refused.id(), "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.setAside(java.util.UUID.randomUUID(), "why"))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(store.needsAttention()).extracting(PendingRecord::id).containsExactly(refused.id());
        assertThat(store.setAsideRecords()).isEmpty();
    }
}
