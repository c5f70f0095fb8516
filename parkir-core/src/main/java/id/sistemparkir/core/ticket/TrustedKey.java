package id.sistemparkir.core.ticket;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key a verifier trusts for tickets: whose it is and, once revoked, from when its signatures are refused.
 *
 * @param keyId the key's id ({@link TicketKeyIds#of})
 * @param signer the station code that holds the private key, or {@code SERVER}
 * @param publicKey the Ed25519 public key
 * @param revokedAt tickets with an entry time at or after this are refused; {@code null} while not revoked
 */
public record TrustedKey(String keyId, String signer, PublicKey publicKey, Instant revokedAt) {

    public TrustedKey {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!TicketKeyIds.of(publicKey).equals(keyId)) {
            throw new IllegalArgumentException("key id " + keyId + " does not belong to this public key");
        }
    }

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }
}
