package id.sistemparkir.client.sync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A second process for {@link SyncLockTest}: {@code hold DIR} takes the sync lock, says {@code LOCKED} (or
 * {@code BUSY}) and keeps it until its standard input closes; {@code probe DIR} says {@code FREE} or {@code BUSY}.
 * Talks over standard output on purpose: that is how the test and this process synchronise.
 */
public final class LockProbe {

    private LockProbe() {}

    public static void main(String[] args) throws IOException {
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        Optional<SyncLock> lock = SyncLock.tryAcquire(Path.of(args[1]));
        if (args[0].equals("probe")) {
            out.println(lock.isPresent() ? "FREE" : "BUSY");
            lock.ifPresent(SyncLock::close);
            return;
        }
        out.println(lock.isPresent() ? "LOCKED" : "BUSY");
        while (System.in.read() != -1) {
            // hold the lock until the test closes our input
        }
        lock.ifPresent(SyncLock::close);
    }
}
