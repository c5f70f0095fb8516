package id.sistemparkir.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeqStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void isZeroWhenNothingWasSavedYet() {
        assertThat(new SeqStore(dataDir).load()).isZero();
    }

    @Test
    void savesToRealtimeLastSeqAndReadsItBackInANewInstance() throws IOException {
        new SeqStore(dataDir).save(41);
        new SeqStore(dataDir).save(42);

        assertThat(new SeqStore(dataDir).load()).isEqualTo(42);
        assertThat(Files.readString(dataDir.resolve("realtime/last-seq"))).isEqualTo("42\n");
        try (Stream<Path> files = Files.list(dataDir.resolve("realtime"))) {
            assertThat(files).containsExactly(dataDir.resolve("realtime/last-seq")); // no temp file left behind
        }
    }

    @Test
    void anUnreadableFileCountsAsZeroSoThatEventsAreReplayedNotSkipped() throws IOException {
        SeqStore store = new SeqStore(dataDir);
        Files.createDirectories(store.file().getParent());

        Files.writeString(store.file(), "forty-two", StandardCharsets.US_ASCII);
        assertThat(store.load()).isZero();
        Files.writeString(store.file(), "-5", StandardCharsets.US_ASCII);
        assertThat(store.load()).isZero();
        Files.writeString(store.file(), "", StandardCharsets.US_ASCII);
        assertThat(store.load()).isZero();
        Files.writeString(store.file(), " 17\r\n", StandardCharsets.US_ASCII);
        assertThat(store.load()).isEqualTo(17);
    }

    @Test
    void refusesNegativeSeqs() {
        assertThatThrownBy(() -> new SeqStore(dataDir).save(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSaveThatCannotBeWrittenThrowsUnchecked() throws IOException {
        Files.writeString(dataDir.resolve("realtime"), "a file where the directory should be");

        assertThatThrownBy(() -> new SeqStore(dataDir).save(3)).isInstanceOf(UncheckedIOException.class);
        assertThat(new SeqStore(dataDir).load()).isZero();
    }
}
