package id.sistemparkir.core.ticket;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Key ids: the first 5 bytes of SHA-256 of a public key's X.509 encoding, as 8 base32 characters (e.g. {@code
 * K7QM4XTP}). A ticket carries the id of the key that signed it, so a verifier knows which public key to use. 40 bits
 * are enough: ids only have to be distinct among the few hundred keys of one garage, and enrollment refuses a key
 * whose id is taken.
 */
public final class TicketKeyIds {

    static final int BYTES = 5;
    private static final Pattern ID = Pattern.compile("[A-Z2-7]{8}");

    private TicketKeyIds() {}

    public static String of(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base32.encode(Arrays.copyOf(digest, BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** True for the text form of a key id (8 characters A-Z, 2-7); safe in a path or a file name. */
    public static boolean isValid(String keyId) {
        return keyId != null && ID.matcher(keyId).matches();
    }

    static byte[] toBytes(String keyId) {
        if (!isValid(keyId)) {
            throw new IllegalArgumentException("not a key id: '" + keyId + "'");
        }
        return Base32.decode(keyId);
    }

    static String fromBytes(byte[] bytes) {
        return Base32.encode(bytes);
    }
}
