package id.sistemparkir.client.login;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may log in at this lane while the server cannot be reached: only an operator who logged in successfully here
 * before, with the same password, within the last {@code validity} (decision 0016). Kept in {@value #FILE_NAME} in
 * the lane's data dir, readable by its owner only: per user a random salt and a slow salted hash (PBKDF2-HMAC-SHA256)
 * of the password, never the password. A refusal from the server forgets the user, so an old password stops working
 * offline as soon as the lane hears the new one is required.
 */
public final class OfflineLogins {

    /** Whether an offline login is let in, and if not, why. */
    public enum Verdict {
        ACCEPTED,
        /** Never logged in here, or not with this password. */
        UNKNOWN,
        /** Logged in here with this password, but longer ago than the validity. */
        EXPIRED
    }

    public static final String FILE_NAME = "offline-logins.json";
    public static final int DEFAULT_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(OfflineLogins.class);
    private static final TypeReference<Map<String, Entry>> MAP = new TypeReference<>() {};
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One user's stored credential: what the file holds. */
    record Entry(String salt, int iterations, String hash, Instant lastOnlineLogin) {}

    private final Path file;
    private final Duration validity;
    private final Clock clock;

    public OfflineLogins(Path dataDir, Duration validity, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.validity = Objects.requireNonNull(validity, "validity");
        this.clock = clock;
    }

    /** After a successful online login: this user may log in offline with this password until the validity ends. */
    public synchronized void remember(String username, String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Map<String, Entry> entries = load();
        entries.put(
                key(username),
                new Entry(
                        Base64.getEncoder().encodeToString(salt),
                        ITERATIONS,
                        Base64.getEncoder().encodeToString(hash(password, salt, ITERATIONS)),
                        clock.instant()));
        save(entries);
    }

    /** The server refused this user's login: no offline login for them until the next successful one. */
    public synchronized void forget(String username) {
        Map<String, Entry> entries = load();
        if (entries.remove(key(username)) != null) {
            save(entries);
        }
    }

    /** Whether an offline login of {@code username} with {@code password} is let in. */
    public synchronized Verdict check(String username, String password) {
        Entry entry = load().get(key(username));
        if (entry == null || entry.salt() == null || entry.hash() == null || entry.lastOnlineLogin() == null) {
            return Verdict.UNKNOWN;
        }
        try {
            byte[] expected = Base64.getDecoder().decode(entry.hash());
            byte[] actual = hash(password, Base64.getDecoder().decode(entry.salt()), entry.iterations());
            if (!MessageDigest.isEqual(expected, actual)) {
                return Verdict.UNKNOWN;
            }
        } catch (IllegalArgumentException damaged) {
            log.warn("Ignoring a damaged offline login entry in {}: {}", file, damaged.getMessage());
            return Verdict.UNKNOWN;
        }
        return entry.lastOnlineLogin().plus(validity).isBefore(clock.instant()) ? Verdict.EXPIRED : Verdict.ACCEPTED;
    }

    /** The validity in whole days (for messages). */
    public long validityDays() {
        return validity.toDays();
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static byte[] hash(String password, byte[] salt, int iterations) {
        if (iterations < 10_000 || iterations > 10_000_000) {
            throw new IllegalArgumentException("implausible iteration count " + iterations);
        }
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private Map<String, Entry> load() {
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(Json.lenientMapper().readValue(file.toFile(), MAP));
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable file lets nobody in offline: the safe side, and the next online login rewrites it.
            log.warn("Ignoring an unreadable offline login file {}: {}", file, e.getMessage());
            return new LinkedHashMap<>();
        }
    }

    private void save(Map<String, Entry> entries) {
        try {
            AtomicFiles.writeOwnerOnly(file, Json.mapper().writeValueAsBytes(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
