package id.sistemparkir.app.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration as an operator writes it in a setting: {@code 45s}, {@code 30m}, {@code 12h}, {@code 90d} or ISO-8601. */
final class DurationSetting {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*([smhd])");

    private DurationSetting() {}

    /** @throws IllegalArgumentException naming {@code what} and the value when it is not a duration */
    static Duration parse(String what, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Matcher shortForm = SHORT.matcher(value);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    what + " must be a duration such as 30m, 12h, 90d or PT30M, was '" + text.trim() + "'");
        }
    }
}
