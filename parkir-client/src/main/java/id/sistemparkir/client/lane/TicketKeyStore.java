package id.sistemparkir.client.lane;

import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.core.ticket.TicketSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket signing key the server handed out at the last login, kept on the lane's disk (owner-only) so that the
 * lane can still sign and verify tickets after a restart while the server is unreachable (DESIGN §7).
 */
public final class TicketKeyStore {

    private static final Logger log = LoggerFactory.getLogger(TicketKeyStore.class);

    private final Path file;
    private volatile TicketSigner signer;

    public TicketKeyStore(Path dataDir) {
        this.file = dataDir.resolve("secrets").resolve("ticket-key");
        this.signer = read().orElse(null);
    }

    public Optional<TicketSigner> signer() {
        return Optional.ofNullable(signer);
    }

    /** Keeps the key of the session's latest login (the session logs in again by itself when a token expires). */
    public void rememberLatest(AuthSession session) {
        session.lastLogin().ifPresent(login -> remember(login.ticketKey()));
    }

    /** Remembers a key from a login response; rewrites the file only when the key changed. */
    public void remember(String keyBase64) {
        if (keyBase64 == null || keyBase64.isBlank()) {
            return;
        }
        TicketSigner next = TicketSigner.fromBase64(keyBase64);
        if (signer != null && signer.keyId().equals(next.keyId())) {
            return;
        }
        AtomicFiles.writeOwnerOnly(file, keyBase64.getBytes(StandardCharsets.US_ASCII));
        signer = next;
        log.info("Stored the ticket signing key (key id {})", next.keyId());
    }

    private Optional<TicketSigner> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TicketSigner.fromBase64(
                    Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring an unreadable ticket key file {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
