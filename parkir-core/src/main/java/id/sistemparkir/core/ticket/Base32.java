package id.sistemparkir.core.ticket;

/**
 * RFC 4648 base32, upper case, without padding. Decoding is strict: only the canonical encoding of some byte
 * array is accepted (no lower case, no padding, no impossible lengths, unused trailing bits must be zero), so
 * every byte array has exactly one text form.
 */
final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder(encodedLength(data.length));
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET.charAt((buffer >>> bits) & 31));
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static int encodedLength(int byteCount) {
        return (byteCount * 8 + 4) / 5;
    }

    /**
     * Decodes canonical base32.
     *
     * @throws IllegalArgumentException when the text is not the canonical encoding of any byte array
     */
    static byte[] decode(CharSequence text) {
        int byteCount = text.length() * 5 / 8;
        if (encodedLength(byteCount) != text.length()) {
            throw new IllegalArgumentException("impossible base32 length " + text.length());
        }
        byte[] out = new byte[byteCount];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a base32 character at position " + i);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[index++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        if (buffer != 0) {
            throw new IllegalArgumentException("non-canonical base32: unused trailing bits are set");
        }
        return out;
    }
}
