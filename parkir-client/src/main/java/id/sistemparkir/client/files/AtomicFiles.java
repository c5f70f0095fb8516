package id.sistemparkir.client.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash-safe file operations (CONVENTIONS §10), for every file the lane writes (offline records, photos, caches,
 * secrets, printed tickets): a file is written to a temp file in its own folder, forced to disk,
 * and renamed over its name atomically, then the folder itself is forced, so after a crash (or a power cut) the name
 * holds either the old content or the new, never a half file. Temp files start with {@value #TEMP_PREFIX}; readers
 * skip every name starting with a dot.
 */
public final class AtomicFiles {

    public static final String TEMP_PREFIX = ".tmp-";

    private static final Logger log = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {}

    /** Writes {@code content} to {@code target} atomically, replacing what was there; creates missing folders. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, new FileAttribute<?>[0]);
    }

    /**
     * The same, for secrets: the file is created readable and writable by its owner only (where the file system has
     * POSIX permissions), from the first byte on — not loosened and tightened afterwards.
     */
    public static void writeOwnerOnly(Path target, byte[] content) {
        try {
            boolean posix = target.toAbsolutePath().getRoot() != null
                    && FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            write(
                    target,
                    content,
                    posix
                            ? new FileAttribute<?>[] {
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                            }
                            : new FileAttribute<?>[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void write(Path target, byte[] content, FileAttribute<?>[] attributes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID() + "-" + target.getFileName());
        try {
            try (FileChannel channel = FileChannel.open(
                    temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        syncDirectory(dir);
    }

    /** Renames {@code source} to {@code target} atomically (same file system), replacing what was there. */
    public static void move(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        Path to = target.toAbsolutePath().getParent();
        Path from = source.toAbsolutePath().getParent();
        syncDirectory(to);
        if (!from.equals(to)) {
            syncDirectory(from);
        }
    }

    /** Deletes {@code file} if it exists, and makes the deletion durable. */
    public static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            syncDirectory(file.toAbsolutePath().getParent());
        }
    }

    /**
     * Forces a folder's entries (the renames in it) to disk where the platform allows opening a folder (Linux,
     * macOS); elsewhere (Windows) the rename is as durable as the file system makes it.
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.trace("Cannot force folder {} on this platform: {}", dir, e.toString());
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log.warn("Could not delete temp file {}: {}", temp, e.toString());
        }
    }
}
