package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void storesTheUtcWallClockTimeTruncatedToMilliseconds() {
        // The test JVM runs in Asia/Jakarta (UTC+7): nothing here may depend on it.
        assertThat(Times.toDb(Instant.parse("2025-03-01T23:59:59.999999999Z")))
                .isEqualTo(LocalDateTime.parse("2025-03-01T23:59:59.999"));
        assertThat(Times.fromDb(LocalDateTime.parse("2100-01-01T00:00:00.001")))
                .isEqualTo(Instant.parse("2100-01-01T00:00:00.001Z"));
    }
}
