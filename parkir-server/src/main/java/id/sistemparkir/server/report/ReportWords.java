package id.sistemparkir.server.report;

import id.sistemparkir.server.http.ApiException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of report exports, from {@code i18n/report.properties} (Bahasa Indonesia, the default) and {@code
 * _en}: the same bundle pattern as the client's (decision 0008), on the server because exports are rendered here
 * (decision 0019). The language comes from the request ({@code lang=id|en}), never from the server machine's locale.
 */
public final class ReportWords {

    private static final String BUNDLE = "i18n/report";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code id} (default when null) or {@code en}; 400 otherwise. */
    public static ReportWords of(String lang) {
        String code = lang == null ? "id" : lang.trim().toLowerCase(Locale.ROOT);
        return switch (code) {
            case "id" -> new ReportWords(Locale.forLanguageTag("id"));
            case "en" -> new ReportWords(Locale.ENGLISH);
            default -> throw ApiException.badRequest("invalid_parameter", "lang must be id or en");
        };
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
