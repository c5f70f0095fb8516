package id.sistemparkir.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class MariaDbAvailabilityTest {

    @Test
    void requiredOnCiOrWhenAskedFor() {
        Properties none = new Properties();
        Properties asked = new Properties();
        asked.setProperty("PARKIR_REQUIRE_MARIADB", "true");

        assertThat(MariaDbAvailability.required(Map.of(), none)).isFalse();
        assertThat(MariaDbAvailability.required(Map.of("CI", "false"), none)).isFalse();
        assertThat(MariaDbAvailability.required(Map.of("CI", "true"), none)).isTrue();
        assertThat(MariaDbAvailability.required(Map.of("PARKIR_REQUIRE_MARIADB", "TRUE"), none))
                .isTrue();
        assertThat(MariaDbAvailability.required(Map.of(), asked)).isTrue();
    }

    @Test
    void unreachableSkipsOnALaptopAndFailsWhenRequired() {
        assertThatThrownBy(() -> MariaDbAvailability.skipOrFail("Connection refused", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("not reachable (Connection refused)")
                .hasMessageContaining("Skipping");
        assertThatThrownBy(() -> MariaDbAvailability.skipOrFail("Connection refused", true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("MariaDB is required here");
    }
}
