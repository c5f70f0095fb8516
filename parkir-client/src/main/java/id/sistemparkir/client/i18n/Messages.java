package id.sistemparkir.client.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * UI text from a resource bundle in one {@link Language}. Bundles are {@code .properties} files read as UTF-8: the
 * base file ({@code i18n/client.properties}) is Indonesian, {@code _en} is English. The machine's default locale never
 * takes part (no fallback to it), so "id" on an English PC is still Indonesian. Patterns are
 * {@link MessageFormat}s: a literal apostrophe is written {@code ''}.
 *
 * <p>A missing key is shown as {@code ‹key›} and never throws: a forgotten translation must not stop a lane. The
 * bundle tests ({@link BundleCheck}) make sure that does not happen in a release.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<ResourceBundle> bundles;
    private final Language language;

    private Messages(List<ResourceBundle> bundles, Language language) {
        this.bundles = bundles;
        this.language = language;
    }

    /**
     * @param baseNames bundle base names, e.g. {@code "i18n/client"}, {@code "i18n/cli"}; the first that has a key
     *     wins, so a front end can layer its own bundle over the library's
     */
    public static Messages load(Language language, String... baseNames) {
        List<ResourceBundle> loaded =
                Arrays.stream(baseNames).map(base -> bundle(base, language)).toList();
        return new Messages(loaded, language);
    }

    /** The library's own messages (lane warnings, sync results, connection states). */
    public static Messages client(Language language) {
        return load(language, "i18n/client");
    }

    static ResourceBundle bundle(String baseName, Language language) {
        return ResourceBundle.getBundle(baseName, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    public Language language() {
        return language;
    }

    public String text(Message message) {
        return text(message.key(), message.args().toArray());
    }

    public String text(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 && !pattern.contains("''")
                        ? pattern
                        : new MessageFormat(pattern, language.locale()).format(args);
            }
        }
        return "‹" + key + "›";
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(bundle -> bundle.containsKey(key));
    }

    /** Every key of every layered bundle, sorted (for tests and tooling). */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (ResourceBundle bundle : bundles) {
            Enumeration<String> e = bundle.getKeys();
            keys.addAll(Collections.list(e));
        }
        return keys;
    }
}
