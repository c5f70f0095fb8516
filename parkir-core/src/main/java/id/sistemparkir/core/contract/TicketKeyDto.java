package id.sistemparkir.core.contract;

import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TrustedKey;
import java.time.Instant;

/**
 * One public ticket key of {@code GET /api/v1/ticket-keys} (and of an enrolled station): never a private key.
 *
 * @param keyId the key's id, as carried in every ticket it signed
 * @param station the entry station that holds the private key, or {@code SERVER} for the tickets the server issues
 * @param publicKey the Ed25519 public key, base64 of X.509 SubjectPublicKeyInfo
 * @param enrolledAt when an administrator enrolled it
 * @param retiredAt when a rotation replaced it ({@code null} while current); its tickets stay valid
 * @param revokedAt from when its tickets are refused ({@code null} unless revoked)
 */
public record TicketKeyDto(
        String keyId, String station, String publicKey, Instant enrolledAt, Instant retiredAt, Instant revokedAt) {

    /** The server's own key is listed under this station code. */
    public static final String SERVER = "SERVER";

    /**
     * @throws IllegalArgumentException when the public key is not an Ed25519 key or does not have this id
     */
    public TrustedKey toTrustedKey() {
        return new TrustedKey(keyId, station, Ed25519Keys.decodePublic(publicKey), revokedAt);
    }
}
