package id.sistemparkir.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void afterFiveFailuresWithinFiveMinutesRefusesUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.begin("budi");
            clock.advance(Duration.ofSeconds(30));
        }
        // Now 08:02:30; the failures were at 08:00:00 ... 08:02:00.
        assertRefused("budi", "in 150 seconds.");

        clock.set(Instant.parse("2025-03-01T08:04:59Z"));
        assertRefused("budi", "in 1 second.");

        clock.set(Instant.parse("2025-03-01T08:05:00Z"));
        throttle.begin("budi"); // the 08:00:00 failure has left the window
        assertRefused("budi", "try again in");
    }

    @Test
    void usernamesAreThrottledSeparately() {
        for (int i = 0; i < 5; i++) {
            throttle.begin("budi");
        }
        assertRefused("budi", "try again in");
        throttle.begin("siti").succeeded();
    }

    @Test
    void aSuccessClearsTheEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.begin("budi");
        }
        throttle.begin("budi").succeeded();

        for (int i = 0; i < 5; i++) {
            throttle.begin("budi");
        }
        assertRefused("budi", "try again in");
    }

    @Test
    void attemptsStillBeingCheckedCountAlready() {
        // Five parallel guesses have begun and none has been judged yet: a sixth must wait.
        for (int i = 0; i < 5; i++) {
            throttle.begin("budi");
        }
        assertRefused("budi", "try again in");
    }

    private void assertRefused(String key, String messagePart) {
        assertThatThrownBy(() -> throttle.begin(key))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.error()).isEqualTo("too_many_attempts");
                })
                .hasMessageContaining(messagePart);
    }
}
