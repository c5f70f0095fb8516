package id.sistemparkir.server.settings;

import id.sistemparkir.core.payment.PaymentMethods;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment methods in force: the built-in ones plus the administrator's additions, stored comma-separated in the
 * setting {@value #KEY}. Read by the exit service on every exit (one indexed row) and by the settings service.
 */
public final class PaymentMethodSettings {

    private static final Logger log = LoggerFactory.getLogger(PaymentMethodSettings.class);

    static final String KEY = "payment.methods";

    private final Jdbi jdbi;

    public PaymentMethodSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<String> current() {
        return jdbi.withHandle(PaymentMethodSettings::current);
    }

    static List<String> current(Handle h) {
        return h.createQuery("SELECT setting_value FROM settings WHERE setting_key = :key")
                .bind("key", KEY)
                .mapTo(String.class)
                .findOne()
                .map(PaymentMethodSettings::parse)
                .orElse(PaymentMethods.BUILT_IN);
    }

    /** The stored form of the additions of {@code all}. */
    static String format(List<String> all) {
        return String.join(",", PaymentMethods.extrasOf(all));
    }

    private static List<String> parse(String stored) {
        try {
            return PaymentMethods.withExtras(stored.isBlank() ? List.of() : Arrays.asList(stored.split(",")));
        } catch (IllegalArgumentException e) {
            log.warn(
                    "Setting {} = '{}' is not a list of payment methods ({}); using the built-in ones",
                    KEY,
                    stored,
                    e.getMessage());
            return PaymentMethods.BUILT_IN;
        }
    }
}
