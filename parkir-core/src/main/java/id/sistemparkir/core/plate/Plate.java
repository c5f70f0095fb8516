package id.sistemparkir.core.plate;

import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A plate in its normal form: upper case, no separators (e.g. {@code B1234XYZ}). Build one with
 * {@link Plates#parse} or {@link Plates#nonStandard}.
 *
 * <p>Compare plates by {@link #normalized()}: that is the identity used for storage and search; the
 * {@code standard} flag only says whether the text has the Indonesian shape (and so how it displays).
 *
 * @param normalized upper-case letters and digits only, 2–12 characters
 * @param standard true when {@code normalized} is a regular Indonesian plate (prefix, number, suffix)
 */
public record Plate(String normalized, boolean standard) {

    public Plate {
        Objects.requireNonNull(normalized, "normalized");
        if (!PlateSyntax.NON_STANDARD.matcher(normalized).matches()) {
            throw new InvalidPlateException(
                    "normalized plate must be 2–12 characters of A–Z and 0–9: '" + normalized + "'");
        }
        // A standard plate must really have the standard shape, or display() could not split it.
        // The reverse is not enforced: a record stored as non-standard stays readable even if the
        // standard pattern is widened later.
        if (standard && !PlateSyntax.STANDARD.matcher(normalized).matches()) {
            throw new InvalidPlateException("'" + normalized + "' is not a standard Indonesian plate");
        }
    }

    /** The plate as printed on tickets and shown to operators: {@code B 1234 XYZ}; non-standard as normalized. */
    public String display() {
        if (!standard) {
            return normalized;
        }
        Matcher parts = PlateSyntax.STANDARD.matcher(normalized);
        parts.matches();
        String suffix = parts.group(3);
        return parts.group(1) + " " + parts.group(2) + (suffix.isEmpty() ? "" : " " + suffix);
    }
}
