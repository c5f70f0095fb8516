package id.sistemparkir.core.ticket;

import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys of every enrolled entry station and of the server: verifies any genuine ticket without a secret,
 * online (the server) and offline (an exit lane's cached copy). Immutable and thread-safe.
 */
public final class TicketKeyRing {

    private static final TicketKeyRing EMPTY = new TicketKeyRing(List.of());

    private final Map<String, TrustedKey> keys;

    public TicketKeyRing(Collection<TrustedKey> keys) {
        Map<String, TrustedKey> byId = new LinkedHashMap<>();
        for (TrustedKey key : keys) {
            if (byId.putIfAbsent(key.keyId(), key) != null) {
                throw new IllegalArgumentException("key id " + key.keyId() + " appears twice");
            }
        }
        this.keys = Map.copyOf(byId);
    }

    public static TicketKeyRing empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public Optional<TrustedKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    /**
     * Checks a code's structure, names its key, checks the signature and the key's revocation, and returns what the
     * ticket carries with who signed it.
     *
     * @throws InvalidTicketException for a malformed, altered, forged, unsupported or retired-format code, a code of a
     *     key not in this ring, or one with an entry time at or after its key's revocation (also for {@code null})
     */
    public SignedTicket verify(String code) {
        TicketCodec.Parts parts = TicketCodec.split(code);
        if (parts.version() == 1) {
            throw new InvalidTicketException(
                    Reason.RETIRED_FORMAT, "ticket code of format 1 (shared key) is no longer verified");
        }
        TrustedKey key = keys.get(parts.keyId());
        if (key == null) {
            throw new InvalidTicketException(
                    Reason.UNKNOWN_KEY, "ticket code is signed by key " + parts.keyId() + ", which is not enrolled");
        }
        if (!signatureValid(key, parts)) {
            throw new InvalidTicketException(Reason.BAD_SIGNATURE, "ticket code signature is not valid");
        }
        if (key.revokedAt() != null && !parts.data().entryTime().isBefore(key.revokedAt())) {
            throw new InvalidTicketException(
                    Reason.REVOKED_KEY,
                    "ticket code is signed by key " + key.keyId() + " of " + key.signer() + ", revoked at "
                            + key.revokedAt() + ", with a later entry time");
        }
        return new SignedTicket(parts.data(), key.keyId(), key.signer(), Base32.encode(parts.signature()));
    }

    private static boolean signatureValid(TrustedKey key, TicketCodec.Parts parts) {
        if (parts.signature().length != TicketCodec.SIGNATURE_BYTES) {
            return false;
        }
        // A non-canonical signature is not genuine either: the check refuses it.
        return Ed25519Math.verify(
                Ed25519Math.rawPublic(key.publicKey()),
                parts.body().getBytes(StandardCharsets.US_ASCII),
                parts.signature());
    }
}
