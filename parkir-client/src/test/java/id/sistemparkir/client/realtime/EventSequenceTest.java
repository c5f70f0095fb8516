package id.sistemparkir.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.RealtimeFrame;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSequenceTest {

    @TempDir
    Path dataDir;

    @Test
    void dropsEventsNotAboveTheLastSeqAndSavesOnlyAfterHandling() {
        SeqStore store = new SeqStore(dataDir);
        store.save(5);
        EventSequence sequence = new EventSequence(store);
        assertThat(sequence.load()).isEqualTo(5);
        List<Long> handled = new ArrayList<>();

        for (long seq : new long[] {4, 5, 6, 6, 8, 7, 9}) {
            sequence.accept(event(seq), () -> handled.add(seq));
        }

        assertThat(handled).containsExactly(6L, 8L, 9L);
        assertThat(sequence.lastSeq()).isEqualTo(9);
        assertThat(store.load()).as("not saved before the batch ends").isEqualTo(5);
        sequence.save();
        assertThat(store.load()).isEqualTo(9);
    }

    @Test
    void anEventWhoseHandlingThrowsIsNotCountedAsHandled() {
        EventSequence sequence = new EventSequence(new SeqStore(dataDir));
        sequence.load();

        try {
            sequence.accept(event(1), () -> {
                throw new IllegalStateException("crash");
            });
        } catch (IllegalStateException expected) {
            // the caller logs it
        }

        assertThat(sequence.lastSeq()).isZero();
    }

    private static RealtimeFrame.Event event(long seq) {
        return new RealtimeFrame.Event(seq, "vehicle.entered", null);
    }
}
