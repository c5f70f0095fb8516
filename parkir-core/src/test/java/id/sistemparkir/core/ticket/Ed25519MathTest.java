package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import org.junit.jupiter.api.Test;

/** The fast arithmetic gives the JDK's signatures and accepts and refuses what the JDK does (decision 0030). */
class Ed25519MathTest {

    /** The order of the Ed25519 group: S + L is the same signature, written non-canonically. */
    private static final BigInteger L =
            BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    private final KeyPair keys = Ed25519Keys.generate();
    private final byte[] message = "T2ABCDEFG".getBytes(StandardCharsets.US_ASCII);

    @Test
    void signsTheSameBytesAsTheJdk() throws Exception {
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(keys.getPrivate());
        jdk.update(message);

        assertThat(Ed25519Math.sign(Ed25519Math.rawPrivate(keys.getPrivate()), message))
                .isEqualTo(jdk.sign());
    }

    @Test
    void acceptsWhatTheJdkSignedAndRefusesAnyChange() throws Exception {
        byte[] signature = jdkSign(message);
        byte[] raw = Ed25519Math.rawPublic(keys.getPublic());

        assertThat(Ed25519Math.verify(raw, message, signature)).isTrue();
        byte[] otherMessage = message.clone();
        otherMessage[3] ^= 1;
        assertThat(Ed25519Math.verify(raw, otherMessage, signature)).isFalse();
        byte[] otherSignature = signature.clone();
        otherSignature[10] ^= 1;
        assertThat(Ed25519Math.verify(raw, message, otherSignature)).isFalse();
        assertThat(Ed25519Math.verify(
                        Ed25519Math.rawPublic(Ed25519Keys.generate().getPublic()), message, signature))
                .isFalse();
    }

    @Test
    void refusesANonCanonicalSignatureAsTheJdkDoes() throws Exception {
        byte[] signature = jdkSign(message);
        byte[] stretched = withScalarPlusL(signature);

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(keys.getPublic());
        jdk.update(message);
        boolean jdkAccepts;
        try {
            jdkAccepts = jdk.verify(stretched);
        } catch (java.security.SignatureException e) {
            jdkAccepts = false;
        }
        assertThat(jdkAccepts).isFalse();
        assertThat(Ed25519Math.verify(Ed25519Math.rawPublic(keys.getPublic()), message, stretched))
                .isFalse();
    }

    @Test
    void refusesWrongLengthsAndOtherKeyKinds() throws Exception {
        byte[] raw = Ed25519Math.rawPublic(keys.getPublic());
        assertThat(Ed25519Math.verify(raw, message, new byte[63])).isFalse();
        assertThat(Ed25519Math.verify(new byte[31], message, jdkSign(message))).isFalse();

        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        assertThatThrownBy(() -> Ed25519Math.rawPublic(ec.getPublic())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519Math.rawPrivate(ec.getPrivate())).isInstanceOf(IllegalArgumentException.class);
    }

    private byte[] jdkSign(byte[] text) throws Exception {
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(keys.getPrivate());
        jdk.update(text);
        return jdk.sign();
    }

    /** The signature's S half (little-endian, bytes 32–63) plus L: same value mod L, not canonical. */
    private static byte[] withScalarPlusL(byte[] signature) {
        byte[] sBigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            sBigEndian[i] = signature[63 - i];
        }
        BigInteger stretched = new BigInteger(1, sBigEndian).add(L);
        byte[] big = stretched.toByteArray();
        byte[] out = signature.clone();
        for (int i = 0; i < 32; i++) {
            int from = big.length - 1 - i;
            out[32 + i] = from >= 0 ? big[from] : 0;
        }
        return out;
    }
}
