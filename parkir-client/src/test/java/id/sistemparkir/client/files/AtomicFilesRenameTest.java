package id.sistemparkir.client.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7, item 14: a rename the platform refuses for a moment (Windows: the target is held open) is tried again. */
class AtomicFilesRenameTest {

    @TempDir
    Path dir;

    /** Fails like Windows' sharing violation the first {@code failures} times, then renames. */
    private static AtomicFiles.Renamer busyFor(int failures, AtomicInteger calls) {
        return (source, target) -> {
            if (calls.incrementAndGet() <= failures) {
                throw new FileSystemException(
                        source.toString(),
                        target.toString(),
                        "The process cannot access the file because it is" + " being used by another process");
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        };
    }

    @Test
    void aRenameRefusedForAMomentIsTriedAgainAndSucceeds() throws Exception {
        Path target = dir.resolve("vehicles-inside.json");
        Files.writeString(target, "old");
        AtomicInteger calls = new AtomicInteger();

        AtomicFiles.write(target, bytes("new"), new FileAttribute<?>[0], busyFor(3, calls));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(calls.get()).isEqualTo(4);
        assertThat(temps()).isZero();
    }

    @Test
    void aRenameThatStaysRefusedFailsLeavingTheOldContentAndNoTempFile() throws Exception {
        Path target = dir.resolve("parking_entry.json");
        Files.writeString(target, "old");
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> AtomicFiles.write(target, bytes("new"), new FileAttribute<?>[0], busyFor(99, calls)))
                .isInstanceOf(FileSystemException.class);

        assertThat(calls.get()).isEqualTo(AtomicFiles.RENAME_TRIES);
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(temps()).isZero();
    }

    @Test
    void leftOverTempFilesAreRemovedButNotOnesBeingWrittenNow() throws Exception {
        Path old = dir.resolve(AtomicFiles.TEMP_PREFIX + "crashed-parking_entry.json");
        Path fresh = dir.resolve(AtomicFiles.TEMP_PREFIX + "in-progress-parking_exit.json");
        Path record = dir.resolve("parking_entry_20261202_010000_x.json");
        for (Path file : new Path[] {old, fresh, record}) {
            Files.writeString(file, "x");
        }
        Files.setLastModifiedTime(
                old, FileTime.from(Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60)));
        Files.setLastModifiedTime(record, FileTime.from(Instant.now().minusSeconds(86_400)));

        assertThat(AtomicFiles.removeLeftoverTemps(dir)).isEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(record).exists();
    }

    private long temps() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .count();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
