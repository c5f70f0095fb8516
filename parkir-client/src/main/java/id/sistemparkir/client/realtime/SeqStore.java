package id.sistemparkir.client.realtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code seq} of the last realtime event this station processed, in {@code <dataDir>/realtime/last-seq} (one
 * decimal number), so that after a restart it subscribes from there and misses nothing (DESIGN §5).
 *
 * <p>Crash-safe (CONVENTIONS §10): written to a temp file in the same directory, forced to disk, then moved over the
 * old file atomically; a crash leaves the old value or the new one, never half a number. Thread-safe.
 */
public final class SeqStore {

    private static final Logger log = LoggerFactory.getLogger(SeqStore.class);

    private final Path file;

    public SeqStore(Path dataDir) {
        this.file =
                Objects.requireNonNull(dataDir, "dataDir").resolve("realtime").resolve("last-seq");
    }

    public Path file() {
        return file;
    }

    /** The saved seq; 0 when there is none yet, or when the file cannot be read (logged: events are replayed). */
    public synchronized long load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (NoSuchFileException e) {
            log.info("No saved realtime seq in {}; starting from 0", file);
            return 0;
        } catch (IOException e) {
            log.warn("Cannot read the saved realtime seq in {} ({}); starting from 0", file, e.toString());
            return 0;
        }
        try {
            long seq = Long.parseLong(text);
            if (seq < 0) {
                throw new NumberFormatException("negative");
            }
            return seq;
        } catch (NumberFormatException e) {
            log.warn("The saved realtime seq in {} is not a number ('{}'); starting from 0", file, abbreviate(text));
            return 0;
        }
    }

    /**
     * Saves {@code seq} durably.
     *
     * @throws UncheckedIOException when it cannot be written (the caller logs it; the value stays in its memory)
     */
    public synchronized void save(long seq) {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative, was " + seq);
        }
        Path dir = file.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "last-seq-", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap((seq + "\n").getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            move(temp, file);
            temp = null;
            forceDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the realtime seq to " + file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    log.debug("Could not remove {}: {}", temp, e.toString());
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux); elsewhere a no-op. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            log.trace("Directory {} cannot be forced here: {}", dir, e.toString());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
