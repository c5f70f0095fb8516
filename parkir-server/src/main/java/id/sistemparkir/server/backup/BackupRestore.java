package id.sistemparkir.server.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts an embedded-database backup back in place ({@code parkir restore}), with the server stopped: the current
 * database file is kept beside it as {@code parkir.mv.db.before-restore-<time>}, the backup's file is written to a
 * temporary file, synced and moved over, so a crash halfway leaves either the old or the restored database.
 */
public final class BackupRestore {

    /**
     * Why a restore did not happen: a {@code code} for the front end to word ({@code restore.<code>} in its bundle)
     * and the one detail it names (a path or a name). The message is for logs.
     */
    public static final class RestoreException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String code;
        private final String detail;

        RestoreException(String code, Object detail) {
            super(code + ": " + detail);
            this.code = code;
            this.detail = String.valueOf(detail);
        }

        /** {@code unknown_backup}, {@code in_use}, {@code not_a_backup}, {@code two_databases} or {@code bad_zip}. */
        public String code() {
            return code;
        }

        public String detail() {
            return detail;
        }
    }

    static final String DB_FILE = "parkir.mv.db";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final Clock clock;

    public BackupRestore(Path dataDir, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * Restores {@code backup}: a backup name in {@code <data-dir>/backups/} or a path to a backup zip.
     *
     * @return where the previous database was kept (or the restored file when there was none)
     */
    public Path restore(String backup) throws RestoreException, IOException {
        Path zip = resolve(backup);
        extract(zip, null); // checks the archive before anything is touched
        Path dbDir = dataDir.resolve("db");
        Path dbFile = dbDir.resolve(DB_FILE);
        if (Files.exists(dbFile)) {
            requireUnlocked(dbFile);
        }
        Files.createDirectories(dbDir);
        Path temp = dbDir.resolve(DB_FILE + ".restoring");
        extract(zip, temp);
        Path kept = dbFile;
        if (Files.exists(dbFile)) {
            kept = dbDir.resolve(DB_FILE + ".before-restore-" + STAMP.format(clock.instant()));
            Files.move(dbFile, kept, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, dbFile, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(dbDir.resolve("parkir.trace.db"));
        return kept;
    }

    private Path resolve(String backup) throws RestoreException {
        BackupFiles files = new BackupFiles(dataDir);
        var named = files.resolve(backup);
        if (named.isPresent()) {
            return named.get();
        }
        Path path = Path.of(backup).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".zip")) {
            throw new RestoreException("unknown_backup", backup);
        }
        return path;
    }

    /** The server holds a lock on the database file while it runs. */
    private static void requireUnlocked(Path dbFile) throws RestoreException, IOException {
        try (FileChannel channel = FileChannel.open(dbFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw running(dbFile);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw running(dbFile);
        }
    }

    private static RestoreException running(Path dbFile) {
        return new RestoreException("in_use", dbFile);
    }

    /** Writes the archive's database to {@code target}, synced; with {@code target} null only checks the archive. */
    private static void extract(Path zip, Path target) throws RestoreException, IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry found = null;
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
                    if (found != null) {
                        throw new RestoreException("two_databases", zip);
                    }
                    found = entry;
                }
            }
            if (found == null) {
                throw new RestoreException("not_a_backup", zip);
            }
            if (target == null) {
                return;
            }
            try (InputStream in = archive.getInputStream(found);
                    OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            }
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        } catch (java.util.zip.ZipException e) {
            throw new RestoreException("bad_zip", zip);
        }
    }
}
