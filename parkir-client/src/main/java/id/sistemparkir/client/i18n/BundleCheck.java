package id.sistemparkir.client.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a bundle exists in every {@link Language} with exactly the same keys, and that every pattern is a valid
 * {@link MessageFormat} with the same argument count in each language. Each module that owns a bundle calls this
 * from a test; an empty list means the bundle is complete.
 */
public final class BundleCheck {

    private BundleCheck() {}

    public static List<String> problems(String baseName) {
        List<String> problems = new ArrayList<>();
        ResourceBundle reference = Messages.bundle(baseName, Language.ID);
        Set<String> referenceKeys = new TreeSet<>(Collections.list(reference.getKeys()));
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.bundle(baseName, language);
            Set<String> keys = new TreeSet<>(Collections.list(bundle.getKeys()));
            for (String key : referenceKeys) {
                if (!keys.contains(key)) {
                    problems.add(baseName + "[" + language.tag() + "] lacks " + key);
                }
            }
            for (String key : keys) {
                if (!referenceKeys.contains(key)) {
                    problems.add(baseName + "[" + language.tag() + "] has " + key + " that Indonesian lacks");
                    continue;
                }
                checkPattern(baseName, language, key, bundle.getString(key), reference.getString(key), problems);
            }
        }
        return problems;
    }

    private static void checkPattern(
            String baseName, Language language, String key, String pattern, String reference, List<String> problems) {
        try {
            int args = new MessageFormat(pattern, language.locale()).getFormatsByArgumentIndex().length;
            int referenceArgs = new MessageFormat(reference).getFormatsByArgumentIndex().length;
            if (args != referenceArgs) {
                problems.add(baseName + "[" + language.tag() + "] " + key + " takes " + args + " arguments, Indonesian "
                        + referenceArgs);
            }
            if (pattern.isBlank()) {
                problems.add(baseName + "[" + language.tag() + "] " + key + " is empty");
            }
        } catch (IllegalArgumentException e) {
            problems.add(baseName + "[" + language.tag() + "] " + key + " is not a valid pattern: " + e.getMessage());
        }
    }
}
