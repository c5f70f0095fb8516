package id.sistemparkir.core.plate;

import java.util.Optional;

/** Turns what an operator or a camera typed into a {@link Plate}. */
public final class Plates {

    private Plates() {}

    /**
     * Parses an Indonesian plate, e.g. {@code b 1234 xyz}, {@code B-1234-XYZ} or {@code B.1234.XYZ}.
     *
     * @throws InvalidPlateException with the reason when the text is not a standard plate
     */
    public static Plate parse(String raw) {
        String normalized = normalizeNonEmpty(raw);
        Optional<String> problem = PlateSyntax.standardProblem(normalized);
        if (problem.isPresent()) {
            throw new InvalidPlateException(problem.get());
        }
        return new Plate(normalized, true);
    }

    /**
     * Accepts a plate the operator has confirmed as non-standard (diplomatic {@code CD 12 34}, foreign
     * {@code WXY 1234}): 2–12 letters and digits once separators are removed. Text that is in fact a
     * standard plate comes back as standard, so one vehicle never gets two forms.
     *
     * @throws InvalidPlateException for empty text, symbols, or a length outside 2–12
     */
    public static Plate nonStandard(String raw) {
        String normalized = normalizeNonEmpty(raw);
        if (PlateSyntax.standardProblem(normalized).isEmpty()) {
            return new Plate(normalized, true);
        }
        if (!PlateSyntax.NON_STANDARD.matcher(normalized).matches()) {
            throw new InvalidPlateException("non-standard plate must have 2–12 letters or digits, found "
                    + normalized.length() + " ('" + normalized + "')");
        }
        return new Plate(normalized, false);
    }

    /** Whether {@link #parse} would accept the text; never throws. */
    public static boolean isStandard(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidPlateException e) {
            return false;
        }
    }

    /**
     * Normalises a possibly partial plate for prefix search: {@code "b 12"} → {@code "B12"}. Blank text
     * gives {@code ""} (matches everything).
     *
     * @throws InvalidPlateException for null, text over 20 characters, or characters other than
     *     letters, digits, space, dash and dot
     */
    public static String normalizeForSearch(String prefix) {
        if (prefix == null) {
            throw new InvalidPlateException("plate search text is missing");
        }
        return PlateSyntax.normalize(prefix);
    }

    private static String normalizeNonEmpty(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPlateException("plate is empty");
        }
        String normalized = PlateSyntax.normalize(raw);
        if (normalized.isEmpty()) {
            throw new InvalidPlateException("plate has no letters or digits");
        }
        return normalized;
    }
}
