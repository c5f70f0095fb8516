package id.sistemparkir.server.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:parkirsync:/path/db}) that opens the database file with {@code DSYNC}: every write
 * returns only once its data is on the device, like {@code fdatasync} after each write.
 *
 * <p>Why: H2 2.3 never forces the file on commit. With {@code WRITE_DELAY=0} a commit writes its chunk before the
 * statement returns, which survives a {@code kill -9} (the data is in the operating system's cache) but not a power cut
 * or a kernel crash; the file is forced only at close and compaction. DSYNC on the one file that holds the data closes
 * that gap (docs/decisions/0009). Other files (trace, temporary results) are opened as usual.
 *
 * <p>Not final and with a public no-argument constructor: H2 makes one instance per path by reflection.
 */
public class SyncedFilePath extends FilePathWrapper {

    public static final String SCHEME = "parkirsync";

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    /** Registers the file system with H2 (once per process); call before opening a URL that uses it. */
    public static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            FilePath.register(new SyncedFilePath());
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if ("rw".equals(mode) && name.endsWith(".mv.db")) {
            return getBase().open("rwd");
        }
        return super.open(mode);
    }
}
