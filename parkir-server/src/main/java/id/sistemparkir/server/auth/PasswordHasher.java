package id.sistemparkir.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies passwords with Argon2id (BouncyCastle), stored in the PHC string format of the reference
 * implementation: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (base64 without padding).
 *
 * <p>Why these choices: Argon2id is the OWASP first choice for password storage; m=19 MiB, t=2, p=1 is its minimum
 * recommended configuration, which keeps one hash around a few tens of milliseconds on a lane PC or a small server.
 * {@link #verify} reads the parameters from the stored string, so they can be raised later without invalidating old
 * hashes ({@link #needsRehash} tells when a stored hash is weaker than today's parameters). The comparison is constant
 * time.
 *
 * <p>Every hash allocates {@code m} KiB; a semaphore bounds how many run at once (one per core, at least two), so a
 * burst of logins queues instead of exhausting the heap.
 */
public final class PasswordHasher {

    /** Argon2id cost parameters: memory in KiB, iterations (passes), lanes. */
    public record Parameters(int memoryKiB, int iterations, int parallelism) {

        /** OWASP Password Storage Cheat Sheet, Argon2id minimum: m=19 MiB, t=2, p=1. */
        public static final Parameters OWASP = new Parameters(19_456, 2, 1);

        public Parameters {
            if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new IllegalArgumentException("parallelism must be 1-" + MAX_PARALLELISM + ": " + parallelism);
            }
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("iterations must be 1-" + MAX_ITERATIONS + ": " + iterations);
            }
            if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
                throw new IllegalArgumentException("memory must be 8*p-" + MAX_MEMORY_KIB + " KiB: " + memoryKiB);
            }
        }

        boolean weakerThan(Parameters other) {
            return memoryKiB < other.memoryKiB || iterations < other.iterations;
        }
    }

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    // Sanity bounds for parameters read back from the database: a corrupted row must not allocate gigabytes.
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_PARALLELISM = 16;

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final Parameters parameters;
    private final SecureRandom random;
    private final Semaphore running;

    public PasswordHasher(SecureRandom random) {
        this(Parameters.OWASP, random);
    }

    /** With other parameters: cheaper ones only in tests that hash many passwords, stronger ones later. */
    public PasswordHasher(Parameters parameters, SecureRandom random) {
        this.parameters = parameters;
        this.random = random;
        this.running = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** A new PHC string for {@code password}, with a fresh random salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, parameters, HASH_BYTES);
        return PREFIX + "m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * True when {@code password} matches {@code encoded}, computed with the parameters stored in {@code encoded}.
     *
     * @throws IllegalArgumentException when {@code encoded} is not an Argon2id PHC string (a corrupted row)
     */
    public boolean verify(String password, String encoded) {
        Encoded stored = Encoded.parse(encoded);
        byte[] actual = argon2(password, stored.salt(), stored.parameters(), stored.hash().length);
        return MessageDigest.isEqual(actual, stored.hash());
    }

    /** True when {@code encoded} was made with weaker parameters than this hasher's (re-hash it at the next login). */
    public boolean needsRehash(String encoded) {
        return Encoded.parse(encoded).parameters().weakerThan(parameters);
    }

    private byte[] argon2(String password, byte[] salt, Parameters p, int length) {
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build();
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to hash a password", e);
        }
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(argon);
            generator.generateBytes(secret, out);
            return out;
        } finally {
            running.release();
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** A parsed PHC string. */
    private record Encoded(Parameters parameters, byte[] salt, byte[] hash) {

        static Encoded parse(String encoded) {
            if (encoded == null || !encoded.startsWith(PREFIX)) {
                throw malformed();
            }
            String[] parts = encoded.substring(PREFIX.length()).split("\\$", -1);
            if (parts.length != 3) {
                throw malformed();
            }
            try {
                byte[] salt = B64_DECODER.decode(parts[1]);
                byte[] hash = B64_DECODER.decode(parts[2]);
                if (salt.length < 8 || salt.length > 64 || hash.length < 16 || hash.length > 64) {
                    throw malformed();
                }
                return new Encoded(parseParameters(parts[0]), salt, hash);
            } catch (IllegalArgumentException e) {
                throw malformed();
            }
        }

        private static Parameters parseParameters(String text) {
            String[] fields = text.split(",", -1);
            if (fields.length != 3
                    || !fields[0].startsWith("m=")
                    || !fields[1].startsWith("t=")
                    || !fields[2].startsWith("p=")) {
                throw malformed();
            }
            return new Parameters(
                    Integer.parseInt(fields[0].substring(2)),
                    Integer.parseInt(fields[1].substring(2)),
                    Integer.parseInt(fields[2].substring(2)));
        }

        private static IllegalArgumentException malformed() {
            return new IllegalArgumentException("not an Argon2id v19 PHC string");
        }
    }
}
