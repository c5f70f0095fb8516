package id.sistemparkir.client.lane;

import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This station's own Ed25519 ticket key (decision 0015): made on the station at its first start, kept owner-only in
 * {@code secrets/ticket-key}, never sent anywhere; only its public half is printed for the administrator to enroll. A
 * rotation makes the next key in {@code secrets/ticket-key.next}; it replaces the current one once the server lists it
 * (the administrator enrolled it), so no ticket is signed by a key the exits do not know yet.
 */
public final class StationKey {

    private static final Logger log = LoggerFactory.getLogger(StationKey.class);

    private final Path current;
    private final Path next;
    private volatile TicketSigner signer;

    public StationKey(Path dataDir) {
        Path secrets = dataDir.resolve("secrets");
        this.current = secrets.resolve("ticket-key");
        this.next = secrets.resolve("ticket-key.next");
    }

    /** The current signer, made and stored on the first call if this station has none. */
    public TicketSigner signer() {
        TicketSigner known = signer;
        if (known == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = read(current).orElseGet(() -> create(current));
                }
                known = signer;
            }
        }
        return known;
    }

    /** The next key of a rotation: made now if there is none pending. */
    public synchronized TicketSigner nextSigner() {
        return read(next).orElseGet(() -> create(next));
    }

    /** The pending next key, if a rotation was started. */
    public synchronized Optional<TicketSigner> pendingNext() {
        return read(next);
    }

    /** The pending key became enrolled: it signs from now on; the old private key is deleted. */
    public synchronized void promoteNext() {
        Optional<TicketSigner> promoted = read(next);
        if (promoted.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.move(next, current);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch to the next ticket key in " + next, e);
        }
        signer = promoted.get();
        log.info("Now signing tickets with the rotated key {}", signer.keyId());
    }

    private static TicketSigner create(Path file) {
        KeyPair keys = Ed25519Keys.generate();
        String text = Ed25519Keys.encodePrivate(keys.getPrivate()) + " " + Ed25519Keys.encodePublic(keys.getPublic());
        AtomicFiles.writeOwnerOnly(file, text.getBytes(StandardCharsets.US_ASCII));
        TicketSigner made = new TicketSigner(keys);
        log.info(
                "Made this station's ticket key {} in {} (enroll its public key: parkir station key)",
                made.keyId(),
                file);
        return made;
    }

    /** A damaged file is an error, never silently replaced: a new key would need a new enrollment. */
    private static Optional<TicketSigner> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String[] halves =
                    Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
            if (halves.length != 2) {
                throw new IllegalStateException("the ticket key file " + file + " is damaged");
            }
            return Optional.of(new TicketSigner(
                    new KeyPair(Ed25519Keys.decodePublic(halves[1]), Ed25519Keys.decodePrivate(halves[0]))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the ticket key file " + file + " is damaged: " + e.getMessage(), e);
        }
    }
}
