package id.sistemparkir.core.plate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The character and shape rules behind {@link Plates}; each failure comes with an operator-readable reason. */
final class PlateSyntax {

    /** Longest raw input accepted; anything longer is a scanner or paste accident, not a plate. */
    static final int MAX_RAW_LENGTH = 20;

    /** Region prefix 1–2 letters, number 1–4 digits not starting with 0, suffix 0–3 letters (DESIGN §7). */
    static final Pattern STANDARD = Pattern.compile("([A-Z]{1,2})([1-9][0-9]{0,3})([A-Z]{0,3})");

    /** What an operator may confirm for diplomatic and foreign plates. */
    static final Pattern NON_STANDARD = Pattern.compile("[A-Z0-9]{2,12}");

    private static final Pattern SHAPE = Pattern.compile("([A-Z]*)([0-9]*)(.*)");

    private PlateSyntax() {}

    /**
     * Upper-cases and drops separators (space, dash, dot); leading and trailing whitespace is ignored.
     * The result may be empty. Only ASCII letters and digits are kept: plates are printed in Latin
     * letters, and look-alike characters from other scripts would make two spellings of one plate.
     *
     * @throws InvalidPlateException if the text is too long or has any other character
     */
    static String normalize(String raw) {
        if (raw.length() > MAX_RAW_LENGTH) {
            throw new InvalidPlateException(
                    "plate is too long: " + raw.length() + " characters, at most " + MAX_RAW_LENGTH + " allowed");
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.strip().codePoints().forEach(c -> {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.appendCodePoint(c);
            } else if (c != ' ' && c != '-' && c != '.') {
                throw new InvalidPlateException("plate contains " + describe(c)
                        + ", which is not allowed; use letters, digits, spaces, dashes or dots");
            }
        });
        // Locale.ROOT: in a Turkish locale "i".toUpperCase() is "İ", which would not match A–Z.
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Why a normalized, non-empty text is not a standard Indonesian plate; empty if it is one. */
    static Optional<String> standardProblem(String normalized) {
        Matcher shape = SHAPE.matcher(normalized);
        shape.matches();
        String prefix = shape.group(1);
        String number = shape.group(2);
        String suffix = shape.group(3);
        if (prefix.isEmpty()) {
            return Optional.of("plate must start with a region code of 1–2 letters, e.g. B 1234 XYZ");
        }
        if (number.isEmpty()) {
            return Optional.of("plate has no number: expected 1–4 digits after the region code, e.g. B 1234 XYZ");
        }
        if (prefix.length() > 2) {
            return Optional.of("region code '" + prefix + "' has " + prefix.length() + " letters; expected 1–2");
        }
        if (number.length() > 4) {
            return Optional.of("number '" + number + "' has " + number.length() + " digits; expected 1–4");
        }
        if (number.charAt(0) == '0') {
            return Optional.of("number '" + number + "' starts with 0; Indonesian plate numbers never do");
        }
        if (!suffix.chars().allMatch(Character::isLetter)) {
            return Optional.of("suffix '" + suffix + "' must be letters only");
        }
        if (suffix.length() > 3) {
            return Optional.of("suffix '" + suffix + "' has " + suffix.length() + " letters; expected 0–3");
        }
        return Optional.empty();
    }

    private static String describe(int codePoint) {
        boolean visible = !Character.isISOControl(codePoint)
                && !Character.isWhitespace(codePoint)
                && !Character.isSpaceChar(codePoint);
        String name = String.format(Locale.ROOT, "U+%04X", codePoint);
        return visible ? "'" + Character.toString(codePoint) + "' (" + name + ")" : name;
    }
}
