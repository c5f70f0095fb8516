package id.sistemparkir.client.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a person can choose (DESIGN §8: Bahasa Indonesia by default, English selectable). Chosen once per
 * process from a flag ({@code --lang en}), else the {@code PARKIR_LANG} environment variable, else Indonesian — never
 * from the machine's locale, so that a lane PC set up in English still speaks to its operator in Indonesian unless
 * somebody chose otherwise.
 */
public enum Language {
    ID("id"),
    EN("en");

    public static final String ENV = "PARKIR_LANG";

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** {@code id}, {@code en}, {@code in} (Java's old tag), upper or lower case, with or without a region. */
    public static Optional<Language> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String primary = text.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "id", "in" -> Optional.of(ID);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * @param flag the {@code --lang} value, or null when not given
     * @throws IllegalArgumentException when the flag or the variable names a language we do not have
     */
    public static Language resolve(String flag, Map<String, String> env) {
        if (flag != null) {
            return parse(flag).orElseThrow(() -> unknown(flag));
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return parse(fromEnv).orElseThrow(() -> unknown(fromEnv));
        }
        return ID;
    }

    private static IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("unknown language '" + text + "' (use id or en)");
    }
}
