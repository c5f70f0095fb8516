package id.sistemparkir.core.money;

/**
 * Formats whole-rupiah amounts the Indonesian way: {@code Rp 12.500}, {@code -Rp 5.000}.
 *
 * <p>Grouping is done by hand rather than with {@code NumberFormat}: the output must be identical on
 * every lane and server whatever the machine's locale or JDK locale data (CLDR has changed the
 * Indonesian currency pattern between releases).
 */
public final class Rupiah {

    private Rupiah() {}

    public static String format(long amount) {
        // Long.toString and not Math.abs: Math.abs(Long.MIN_VALUE) is still negative.
        String digits = Long.toString(amount);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        StringBuilder out = new StringBuilder(negative ? "-Rp " : "Rp ");
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
