package id.sistemparkir.server.auth;

import id.sistemparkir.server.ServerStartException;
import id.sistemparkir.server.audit.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a fresh installation can be administered: on start, when the database has no user at all, creates
 * {@code admin} (ADMIN) with the configured initial password ({@code PARKIR_ADMIN_PASSWORD}) or, without one, a random
 * 20-character password written to {@code <dataDir>/initial-admin-password.txt}, readable by the server's OS user only,
 * and announced once at WARN (where the file is, never the password). There is no built-in default password.
 *
 * <p>Several nodes may start at once on one database: {@code users.username} is unique, so only one insert can win;
 * a losing node sees that a user now exists and carries on. The password file is written inside the winning
 * transaction, before it commits: if the file cannot be written no admin is created (and the server does not start),
 * so there is never an admin whose password nobody knows.
 */
final class InitialAdmin {

    static final String USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password.txt";
    static final int GENERATED_LENGTH = 20;

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    /** No look-alikes (0/O, 1/l/I), so the password can be typed from a printout. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Jdbi jdbi;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SecureRandom random;
    private final Clock clock;

    InitialAdmin(Jdbi jdbi, UserRepository users, PasswordHasher hasher, SecureRandom random, Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.hasher = hasher;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Creates the initial admin when there is no user; does nothing otherwise.
     *
     * @return true when this call created it
     * @throws ServerStartException when the configured password breaks the password rules or the file cannot be
     *     written
     */
    boolean ensure(Optional<String> configuredPassword, Path dataDir) {
        if (jdbi.withHandle(users::anyUserExists)) {
            if (configuredPassword.isPresent()) {
                log.info(
                        "PARKIR_ADMIN_PASSWORD is only used on the first start (no users yet); it changes nothing now");
            }
            return false;
        }
        configuredPassword.ifPresent(InitialAdmin::checkConfigured);
        String password = configuredPassword.orElseGet(this::generate);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        StoredUser admin =
                new StoredUser(UUID.randomUUID().toString(), USERNAME, null, hash, Role.ADMIN, true, now, now);
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            jdbi.useTransaction(h -> {
                users.insert(h, admin);
                AuditLog.record(h, "system", "user.created", USERNAME, "initial admin", now);
                if (configuredPassword.isEmpty()) {
                    writeOwnerOnly(file, password);
                }
            });
        } catch (UncheckedIOException e) {
            throw new ServerStartException(
                    "Cannot write the initial admin password to " + file.toAbsolutePath() + ": " + e.getCause(), e);
        } catch (RuntimeException e) {
            if (jdbi.withHandle(users::anyUserExists)) {
                log.info("Another server node created the initial admin at the same moment; using it");
                return false;
            }
            throw e;
        }
        if (configuredPassword.isPresent()) {
            log.info("Created the initial administrator '{}' with the password from PARKIR_ADMIN_PASSWORD", USERNAME);
        } else {
            log.warn(
                    "Created the initial administrator '{}' with a generated password, stored in {} (readable by this"
                            + " user only). Log in, change the password, then delete that file.",
                    USERNAME,
                    file.toAbsolutePath());
        }
        return true;
    }

    private static void checkConfigured(String password) {
        try {
            CredentialRules.checkPassword(USERNAME, password);
        } catch (RuntimeException e) {
            throw new ServerStartException(
                    "PARKIR_ADMIN_PASSWORD is not acceptable: " + e.getMessage() + " Choose another one.", e);
        }
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * Writes {@code text} to {@code file} through a temporary file that is CREATED with owner-only permissions
     * (rw------- on POSIX; elsewhere the directory's defaults apply), synced, then moved into place: the password is
     * never readable by others, not even for a moment, and a crash never leaves half a file.
     */
    static void writeOwnerOnly(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                    }
                    : new FileAttribute<?>[0];
            Path temp = Files.createTempFile(dir, PASSWORD_FILE, ".tmp", ownerOnly);
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer bytes =
                            ByteBuffer.wrap((text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(true);
                }
                move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
