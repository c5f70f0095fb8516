package id.sistemparkir.client.sync;

import id.sistemparkir.client.offline.OfflineStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One sync at a time per data dir, across threads and processes (a lane window and a {@code parkir sync} on the same
 * station): an OS file lock on {@code offline_data/.sync.lock}. The lock file is never deleted (deleting it while
 * another process holds it would let a third one in); the OS releases the lock when its process dies.
 */
public final class SyncLock implements AutoCloseable {

    static final String LOCK_FILE = ".sync.lock";

    /**
     * The lock files this JVM holds. OS locks belong to the process, and on POSIX closing ANY channel of a file drops
     * the process's lock on it, so a second thread must not even open the file while the first holds it. This is the
     * one piece of static state here on purpose: it mirrors per-process OS state.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private SyncLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dataDir} without waiting.
     *
     * @return the lock, or empty when another thread or process holds it
     * @throws UncheckedIOException when the lock file cannot be created or opened
     */
    public static Optional<SyncLock> tryAcquire(Path dataDir) {
        Path lockFile = lockFile(dataDir);
        if (!HELD.add(lockFile)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                release(lockFile, channel);
                return Optional.empty();
            }
            return Optional.of(new SyncLock(lockFile, channel, lock));
        } catch (OverlappingFileLockException e) {
            release(lockFile, channel);
            return Optional.empty(); // held through a channel this class did not open
        } catch (IOException e) {
            release(lockFile, channel);
            throw new UncheckedIOException("Could not open the sync lock " + lockFile, e);
        } catch (RuntimeException e) {
            release(lockFile, channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too.
        } finally {
            closeQuietly(channel);
            HELD.remove(lockFile);
        }
    }

    private static Path lockFile(Path dataDir) {
        Path dir = dataDir.resolve(OfflineStore.OFFLINE_DATA);
        try {
            Files.createDirectories(dir);
            return dir.toRealPath().resolve(LOCK_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dir, e);
        }
    }

    private static void release(Path lockFile, FileChannel channel) {
        closeQuietly(channel);
        HELD.remove(lockFile);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }
}
