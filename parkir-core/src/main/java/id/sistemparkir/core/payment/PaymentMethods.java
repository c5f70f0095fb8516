package id.sistemparkir.core.payment;

import id.sistemparkir.core.text.FieldRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a driver may pay at an exit: a closed set, the six built-in methods plus those an administrator adds (server
 * setting {@code paymentMethods}). The server refuses any other ({@code 400 invalid_payment_method}); a lane refuses it
 * too, offline with the last set it heard.
 */
public final class PaymentMethods {

    public static final String CASH = "CASH";
    public static final String MEMBER = "MEMBER";
    /** A car let out without the money (its non-cash payment failed): the amount owed is recorded, not refused. */
    public static final String UNABLE_TO_COLLECT = "UNABLE_TO_COLLECT";
    /** The back office's own method (closing sessions left open); never a lane's, never addable. */
    public static final String BACKOFFICE = "BACKOFFICE";

    /** The built-in methods, always present, in the order a lane offers them. */
    public static final List<String> BUILT_IN = List.of(CASH, "QRIS", "DEBIT", "EMONEY", MEMBER, UNABLE_TO_COLLECT);

    /** At most this many methods in all. */
    public static final int MAX = 32;

    private PaymentMethods() {}

    /**
     * The built-in methods followed by {@code extra} (upper case, duplicates and built-ins dropped, order kept).
     *
     * @throws IllegalArgumentException for a method whose text is not 2–32 of {@code A-Z 0-9 _}, for {@value
     *     #BACKOFFICE}, or for more than {@value #MAX} methods
     */
    public static List<String> withExtras(Collection<String> extra) {
        Set<String> all = new LinkedHashSet<>(BUILT_IN);
        for (String raw : extra) {
            String method = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
            if (method.length() < 2 || !FieldRule.PAYMENT_METHOD.accepts(method)) {
                throw new IllegalArgumentException(
                        "a payment method is 2-32 letters A-Z, digits or '_', starting with a letter, was '"
                                + excerpt(raw) + "'");
            }
            if (BACKOFFICE.equals(method)) {
                throw new IllegalArgumentException(BACKOFFICE + " is reserved for the back office");
            }
            all.add(method);
        }
        if (all.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " payment methods, was " + all.size());
        }
        return List.copyOf(all);
    }

    /** The methods of {@code all} that are not built in. */
    public static List<String> extrasOf(Collection<String> all) {
        List<String> extras = new ArrayList<>(all);
        extras.removeAll(BUILT_IN);
        return List.copyOf(extras);
    }

    /** The method {@code typed} names in {@code known} (any case, spaces around; blank is CASH), or empty. */
    public static Optional<String> find(Collection<String> known, String typed) {
        String method = typed == null || typed.isBlank() ? CASH : typed.trim().toUpperCase(Locale.ROOT);
        return known.contains(method) ? Optional.of(method) : Optional.empty();
    }

    private static String excerpt(String raw) {
        if (raw == null) {
            return "";
        }
        String printable = raw.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() <= 24 ? printable : printable.substring(0, 24) + "… (" + raw.length() + " chars)";
    }
}
