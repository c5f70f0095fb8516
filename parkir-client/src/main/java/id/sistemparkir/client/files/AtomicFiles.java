package id.sistemparkir.client.files;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
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

    /** A temp file this old is left over from a crash, not being written by another process right now. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    /**
     * Tries of a rename that the platform refuses for a moment: on Windows another process (a reader, an antivirus, the
     * search indexer) holding the target makes the rename fail; it clears within milliseconds. 6 tries, 10 ms doubling:
     * at most about 0.3 s.
     */
    static final int RENAME_TRIES = 6;

    private static final long FIRST_BACKOFF_MILLIS = 10;

    /** Renames a file over another; {@link Files#move} but for tests that make it fail. */
    @FunctionalInterface
    interface Renamer {
        void rename(Path source, Path target) throws IOException;
    }

    private static final Renamer FILES_MOVE =
            (source, target) -> Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);

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
        write(target, content, attributes, FILES_MOVE);
    }

    static void write(Path target, byte[] content, FileAttribute<?>[] attributes, Renamer renamer) throws IOException {
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
            rename(temp, target, renamer);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        syncDirectory(dir);
    }

    /** Renames {@code source} to {@code target} atomically (same file system), replacing what was there. */
    public static void move(Path source, Path target) throws IOException {
        rename(source, target, FILES_MOVE);
        Path to = target.toAbsolutePath().getParent();
        Path from = source.toAbsolutePath().getParent();
        syncDirectory(to);
        if (!from.equals(to)) {
            syncDirectory(from);
        }
    }

    /** The rename, tried again with a growing pause while the platform says the file is busy. */
    static void rename(Path source, Path target, Renamer renamer) throws IOException {
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                renamer.rename(source, target);
                return;
            } catch (FileSystemException e) {
                if (!isBusy(e) || attempt >= RENAME_TRIES) {
                    throw e;
                }
                log.debug("Rename to {} refused ({}); trying again in {} ms", target, e.toString(), backoff);
                pause(backoff);
                backoff *= 2;
            }
        }
    }

    /** Windows' sharing violation is a plain FileSystemException; a denied access may be a holder too. */
    private static boolean isBusy(FileSystemException e) {
        return e.getClass() == FileSystemException.class || e instanceof AccessDeniedException;
    }

    private static void pause(long millis) throws InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to rename");
        }
    }

    /**
     * Deletes temp files a crash left in {@code dir} (not its sub-folders); called when a store opens its folders. Only
     * those last written more than {@link #LEFTOVER_AGE} ago: a younger one may be another process's write in progress.
     *
     * @return how many were deleted
     */
    public static int removeLeftoverTemps(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(LEFTOVER_AGE); // file times are the system's, whatever a lane's clock
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMP_PREFIX + "*")) {
            for (Path temp : temps) {
                if (Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS)
                                .toInstant()
                                .isBefore(cutoff)) {
                    Files.deleteIfExists(temp);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Cannot clean up temp files in {}: {}", dir, e.toString());
        }
        if (removed > 0) {
            log.info("Removed {} temp file(s) left over in {}", removed, dir);
        }
        return removed;
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
