package id.sistemparkir.testing;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Decides what a MariaDB test does when the test server is unreachable: on a laptop it is SKIPPED with
 * a clear message; on CI ({@code CI=true}) or with {@code PARKIR_REQUIRE_MARIADB=true} (environment
 * variable or system property) it FAILS, so that CI never goes green without having run it.
 *
 * <p>Use {@code @ExtendWith(MariaDbAvailability.class)} on a class, or call {@link #assumeAvailable()}.
 */
public final class MariaDbAvailability implements ExecutionCondition {
    public static final String REQUIRE = "PARKIR_REQUIRE_MARIADB";

    /** As an extension: disables (skips) the class with the reason, or fails it when MariaDB is required. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            assumeAvailable();
            return ConditionEvaluationResult.enabled("MariaDB test server is reachable");
        } catch (TestAbortedException skipped) {
            return ConditionEvaluationResult.disabled(skipped.getMessage());
        }
    }

    /** Returns when MariaDB is reachable; otherwise skips the test, or fails it when MariaDB is required. */
    public static void assumeAvailable() {
        MariaDbTestDatabase.unavailableReason()
                .ifPresent(reason -> skipOrFail(reason, required(System.getenv(), System.getProperties())));
    }

    static void skipOrFail(String reason, boolean required) {
        String message = "MariaDB test server " + MariaDbTestDatabase.server() + " is not reachable (" + reason
                + "). Set PARKIR_TEST_MARIADB_HOST/PORT/USER/PASSWORD to point at one.";
        if (required) {
            Assertions.fail(message + " MariaDB is required here (CI=true or " + REQUIRE + "=true).");
        }
        Assumptions.abort(message + " Skipping; set " + REQUIRE + "=true to make this a failure.");
    }

    /** True when CI=true (environment) or PARKIR_REQUIRE_MARIADB=true (system property or environment). */
    static boolean required(Map<String, String> env, Properties systemProperties) {
        return isTrue(env.get("CI")) || isTrue(systemProperties.getProperty(REQUIRE)) || isTrue(env.get(REQUIRE));
    }

    private static boolean isTrue(String value) {
        return value != null
                && (value.trim().equalsIgnoreCase("true") || value.trim().equals("1"));
    }
}
