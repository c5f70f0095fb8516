package id.sistemparkir.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the server's data dir owner-only (issue 9): the dir and every folder in it {@code rwx------}, every file
 * {@code rw-------}. It holds the H2 database (password hashes, the ticket signing key), the initial admin password
 * and the logs. Symbolic links are neither followed nor changed. Where the file system has no POSIX permissions
 * (Windows) it does nothing: there the folder's ACL, inherited from the user's profile, is what protects it.
 */
public final class OwnerOnly {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Whether this platform has POSIX permissions to set. */
    public static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code dataDir} if needed and restricts it and everything in it to the owner.
     *
     * @return how many entries were changed
     */
    public static int restrict(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            if (!supported()) {
                log.debug("No POSIX permissions here; {} keeps its inherited access rules", dataDir);
                return 0;
            }
            int[] changed = {0};
            Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    changed[0] += set(dir, DIRECTORY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        changed[0] += set(file, FILE);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    log.warn("Cannot restrict {}: {}", file, e.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
            if (changed[0] > 0) {
                log.info("Data dir {}: {} entries made owner-only", dataDir.toAbsolutePath(), changed[0]);
            }
            return changed[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the data dir " + dataDir + " to its owner", e);
        }
    }

    private static int set(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (Files.getPosixFilePermissions(path).equals(wanted)) {
            return 0;
        }
        Files.setPosixFilePermissions(path, wanted);
        return 1;
    }
}
