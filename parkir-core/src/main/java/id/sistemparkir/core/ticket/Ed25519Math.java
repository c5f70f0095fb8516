package id.sistemparkir.core.ticket;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 signing and checking (RFC 8032) with Bouncy Castle's arithmetic instead of the JDK 17 provider, which spent
 * a third of the server's CPU on an online entry (decision 0030). The keys stay JDK objects; only their raw 32 bytes
 * are handed over. Signatures are the same bytes either way (Ed25519 is deterministic), and the check refuses
 * non-canonical signatures as the JDK's does, so codes stay lookup keys.
 */
final class Ed25519Math {

    /** X.509 SubjectPublicKeyInfo of an Ed25519 key: this 12-byte header, then the 32-byte key. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    static {
        Ed25519.precompute();
    }

    private Ed25519Math() {}

    /** The 32-byte public key (RFC 8032 encoding) of a JDK Ed25519 public key. */
    static byte[] rawPublic(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null
                || encoded.length != X509_PREFIX.length + Ed25519.PUBLIC_KEY_SIZE
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** The 32-byte private key (the RFC 8032 seed) of a JDK Ed25519 private key. */
    static byte[] rawPrivate(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edec)) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
        }
        byte[] seed = edec.getBytes().orElseThrow(() -> new IllegalArgumentException("the private key has no bytes"));
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + seed.length + " bytes");
        }
        return seed;
    }

    static byte[] sign(byte[] rawPrivate, byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(rawPrivate, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /** False for a wrong, malformed or non-canonical signature, and for a public key that is not a curve point. */
    static boolean verify(byte[] rawPublic, byte[] message, byte[] signature) {
        if (signature.length != Ed25519.SIGNATURE_SIZE || rawPublic.length != Ed25519.PUBLIC_KEY_SIZE) {
            return false;
        }
        return Ed25519.verify(signature, 0, rawPublic, 0, message, 0, message.length);
    }
}
