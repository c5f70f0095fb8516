package id.sistemparkir.desktop.common;

import java.util.OptionalLong;

/** Rupiah as an operator types it: {@code 20000}, {@code 20.000}, {@code Rp 20.000}. */
public final class Amounts {

    /** More digits than any real amount (a trillion rupiah); refused rather than overflowing. */
    private static final int MAX_DIGITS = 12;

    private Amounts() {}

    /** The amount, or empty when nothing usable was typed. */
    public static OptionalLong parse(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}
