package id.sistemparkir.core.ticket;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The short code printed under a ticket's QR, for an operator to type when the QR cannot be scanned (decision 0016):
 * the first 40 bits of the ticket id in Crockford's base32, 8 characters in two groups, e.g. {@code K7QM-4XTP}.
 *
 * <p>The alphabet has no {@code O}, {@code I}, {@code L} or {@code U}, so a printed code never holds a letter that
 * reads like a digit; typed input is forgiving: any case, with or without the dash or spaces, {@code O} read as
 * {@code 0} and {@code I}/{@code L} as {@code 1}. The code is derived from the id, so a lane makes it offline too;
 * it is not a secret and not a signature (anyone may read it; a typed code only finds a session that exists).
 */
public final class ShortCode {

    /** Crockford's base32 symbols, value order. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Characters of a code without its dash. */
    public static final int LENGTH = 8;

    private static final int BITS = 5 * LENGTH;

    private ShortCode() {}

    /** The canonical printed form, {@code XXXX-XXXX}, of the ticket (= entry) id. */
    public static String of(UUID ticketId) {
        Objects.requireNonNull(ticketId, "ticketId");
        long value = ticketId.getMostSignificantBits() >>> (Long.SIZE - BITS);
        char[] out = new char[LENGTH + 1];
        for (int i = LENGTH - 1; i >= 0; i--) {
            out[i < 4 ? i : i + 1] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        out[4] = '-';
        return new String(out);
    }

    /**
     * Reads what an operator typed: the canonical form when it is a short code, empty when it cannot be one (e.g. a
     * full scanned ticket code). Accepts any case, dashes and spaces anywhere, {@code O} for {@code 0} and
     * {@code I}/{@code L} for {@code 1}.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 2 * LENGTH) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            if (c == '-' || c == ' ') {
                continue;
            }
            char symbol =
                    switch (c) {
                        case 'O' -> '0';
                        case 'I', 'L' -> '1';
                        default -> c;
                    };
            if (ALPHABET.indexOf(symbol) < 0 || symbols.length() == LENGTH) {
                return Optional.empty();
            }
            symbols.append(symbol);
        }
        if (symbols.length() != LENGTH) {
            return Optional.empty();
        }
        return Optional.of(symbols.substring(0, 4) + "-" + symbols.substring(4));
    }

    /** True when {@code typed} reads as a short code (see {@link #parse}). */
    public static boolean looksLike(String typed) {
        return parse(typed).isPresent();
    }
}
