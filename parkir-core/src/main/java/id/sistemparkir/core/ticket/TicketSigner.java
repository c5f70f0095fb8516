package id.sistemparkir.core.ticket;

import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies ticket codes with an HMAC key (DESIGN §7), so that a lane can accept a genuine ticket and
 * reject a forged one even when offline. Thread-safe.
 *
 * <h2>Ticket code format, version 1</h2>
 *
 * <pre>{@code
 * T1 <payload: base32> - <signature: base32, 16 chars>
 * e.g. T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2   (59 characters, gate IN1)
 * }</pre>
 *
 * <ul>
 *   <li>{@code T1}: "ticket", format version 1. A {@code T} followed by another digit is a version this software
 *       does not know ({@link Reason#UNSUPPORTED_VERSION}).
 *   <li>payload, big-endian binary in RFC 4648 base32 (upper case, no padding): ticket id (16 bytes), entry time
 *       in epoch seconds (5 bytes, unsigned), vehicle class code (1 byte: 0 MOTOR, 1 MOBIL, 2 TRUK, fixed for
 *       this version), entry gate (1–16 ASCII bytes, the rest of the payload).
 *   <li>{@code -}, then the signature: HMAC-SHA256 under the ticket key of the ASCII text before the {@code -}
 *       (prefix and payload text), truncated to its first 10 bytes (80 bits), in base32 (exactly 16 characters).
 * </ul>
 *
 * <p>Length: 19 + ⌈(22 + gate length) × 8 / 5⌉ characters: 59 for a 3-character gate, 64 for 6, at most 80 for
 * 16. Every character is in the QR alphanumeric set ({@code A-Z 0-9 -}): with a gate of up to 4 characters a code
 * fits a version 3 QR symbol (29 × 29 modules) at error correction M, and every code fits version 4 (33 × 33).
 * A code is also safe, unescaped, in a URL path segment and in a file name. Codes are canonical: {@link #verify}
 * accepts exactly the text {@link #sign} produced (upper case, no alternative base32 spelling), so the code
 * itself can serve as a lookup key.
 */
public final class TicketSigner {

    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int NEW_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    /**
     * @param key the HMAC key, at least {@value #MIN_KEY_BYTES} bytes (copied)
     */
    public TicketSigner(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "ticket key must be at least " + MIN_KEY_BYTES + " bytes, was " + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.keyId = keyIdOf(key);
    }

    /** A signer for a key given in base64, as in {@code LoginResponse.ticketKey}. */
    public static TicketSigner fromBase64(String key) {
        return new TicketSigner(Base64.getDecoder().decode(Objects.requireNonNull(key, "key")));
    }

    /** A new random 32-byte key from {@link SecureRandom}. */
    public static byte[] newKey() {
        byte[] key = new byte[NEW_KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The first 8 lower-case hex characters of SHA-256 of the key: tells which key a lane holds, reveals nothing. */
    public String keyId() {
        return keyId;
    }

    /** The signed code for a ticket. */
    public String sign(TicketData data) {
        Objects.requireNonNull(data, "data");
        String body = TicketCodec.body(data);
        return TicketCodec.join(body, mac(body));
    }

    /**
     * Checks a code's structure and signature and returns what it carries.
     *
     * @throws InvalidTicketException for a malformed, altered, forged or unsupported code (also for {@code null})
     */
    public TicketData verify(String code) {
        TicketCodec.Parts parts = TicketCodec.split(code);
        if (!MessageDigest.isEqual(mac(parts.body()), parts.signature())) {
            throw new InvalidTicketException(Reason.BAD_SIGNATURE, "ticket code signature is not valid");
        }
        return TicketCodec.read(parts.payload());
    }

    /**
     * Reads a code WITHOUT checking its signature: for display and diagnostics only, never to price or accept a
     * ticket.
     *
     * @throws InvalidTicketException for a malformed or unsupported code
     */
    public static TicketData readUnverified(String code) {
        return TicketCodec.read(TicketCodec.split(code).payload());
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] full = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(full, TicketCodec.SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    private static String keyIdOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
