package id.sistemparkir.core.ticket;

import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Objects;

/**
 * Signs ticket codes with one signer's own Ed25519 private key (an entry station's, or the server's for the tickets
 * it issues); {@link TicketKeyRing} verifies them with the public keys alone (DESIGN §7, decision 0015). Thread-safe.
 *
 * <h2>Ticket code format, version 2</h2>
 *
 * <pre>{@code
 * T2 <payload: base32> - <signature: base32, 103 chars>
 * }</pre>
 *
 * <ul>
 *   <li>{@code T2}: "ticket", format version 2. {@code T1} is the HMAC format of before (recognised, never verified:
 *       {@link Reason#RETIRED_FORMAT}); any other digit is {@link Reason#UNSUPPORTED_VERSION}.
 *   <li>payload, big-endian binary in RFC 4648 base32 (upper case, no padding): the signing key's id (5 bytes, see
 *       {@link TicketKeyIds}), ticket id (16 bytes), entry time in epoch seconds (5 bytes, unsigned), vehicle class
 *       code (1 byte: 0 MOTOR, 1 MOBIL, 2 TRUK), entry gate (1–16 ASCII bytes, the rest of the payload).
 *   <li>{@code -}, then the Ed25519 signature (RFC 8032, 64 bytes, 103 base32 characters) of the ASCII text before
 *       the {@code -} (prefix and payload text).
 * </ul>
 *
 * <p>Length: 106 + ⌈(27 + gate length) × 8 / 5⌉ characters: 159 for a 3-character gate, at most 176. Every character
 * is in the QR alphanumeric set ({@code A-Z 0-9 -}), so a code fits a version 8 QR symbol (49 × 49 modules) at error
 * correction M; it is also safe, unescaped, in a URL path segment and a file name. Codes are canonical (strict
 * base32, and the Ed25519 check refuses non-canonical signatures), so the code is a lookup key.
 */
public final class TicketSigner {

    private final byte[] rawPrivate;
    private final PublicKey publicKey;
    private final String keyId;

    /**
     * @param keys the signer's key pair; the public half names the key in every code
     */
    public TicketSigner(KeyPair keys) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(keys.getPrivate(), "private key");
        if (!Ed25519Keys.ALGORITHM.equals(keys.getPublic().getAlgorithm())
                && !"EdDSA".equals(keys.getPublic().getAlgorithm())) {
            throw new IllegalArgumentException(
                    "ticket keys are Ed25519, not " + keys.getPublic().getAlgorithm());
        }
        this.publicKey = keys.getPublic();
        this.rawPrivate = Ed25519Math.rawPrivate(keys.getPrivate());
        this.keyId = TicketKeyIds.of(publicKey);
        checkPair(keys);
    }

    /** Fails now, not at the first car, when the two halves do not belong together. */
    private void checkPair(KeyPair keys) {
        byte[] probe = "parkir key check".getBytes(StandardCharsets.US_ASCII);
        if (!Ed25519Math.verify(Ed25519Math.rawPublic(keys.getPublic()), probe, sign(probe))) {
            throw new IllegalArgumentException("the private and public key are not one pair");
        }
    }

    /** A signer with a new key pair (tests, and a station's first start). */
    public static TicketSigner generate() {
        return new TicketSigner(Ed25519Keys.generate());
    }

    /** The id of this signer's key, as carried in every code it signs. */
    public String keyId() {
        return keyId;
    }

    /** The public half: what an administrator enrolls, and what verifiers hold. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The signed code for a ticket. */
    public String sign(TicketData data) {
        Objects.requireNonNull(data, "data");
        String body = TicketCodec.body(keyId, data);
        return TicketCodec.join(body, sign(body.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * What {@code code}, which this signer has just made with {@link #sign}, carries: the same answer a ring holding
     * this key would give, without checking the signature again (one Ed25519 verification less per issued ticket).
     *
     * @param signer who the key belongs to, as the ring names it
     * @throws IllegalArgumentException when the code names another key
     */
    public SignedTicket issued(String code, String signer) {
        TicketCodec.Parts parts = TicketCodec.split(code);
        if (!parts.keyId().equals(keyId)) {
            throw new IllegalArgumentException("the code is signed by key " + parts.keyId() + ", not " + keyId);
        }
        return new SignedTicket(parts.data(), keyId, signer, Base32.encode(parts.signature()));
    }

    /**
     * Reads a code WITHOUT checking its signature: for display and diagnostics only, never to price or accept a
     * ticket. Reads format 1 and 2.
     *
     * @throws InvalidTicketException for a malformed or unsupported code
     */
    public static TicketData readUnverified(String code) {
        return TicketCodec.split(code).data();
    }

    private byte[] sign(byte[] message) {
        return Ed25519Math.sign(rawPrivate, message);
    }
}
