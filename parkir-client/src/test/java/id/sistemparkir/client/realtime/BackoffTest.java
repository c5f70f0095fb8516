package id.sistemparkir.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void startsAtHalfASecondAndDoublesUpToThirtySeconds() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2, () -> 0.5); // no jitter

        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            delays.add(backoff.next().toMillis());
        }

        assertThat(delays).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L);
    }

    @Test
    void resetStartsOver() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2, () -> 0.5);
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void jitterSpreadsTheDelayButNeverBeyondTheMaximum() {
        Backoff low = new Backoff(Duration.ofMillis(1_000), Duration.ofSeconds(30), 0.2, () -> 0.0);
        Backoff high = new Backoff(Duration.ofMillis(1_000), Duration.ofSeconds(30), 0.2, () -> 0.999_999);
        Backoff capped = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30), 0.2, () -> 0.999_999);

        assertThat(low.next()).isEqualTo(Duration.ofMillis(800));
        assertThat(high.next()).isEqualTo(Duration.ofMillis(1_200));
        assertThat(capped.next()).isEqualTo(Duration.ofSeconds(30));
    }
}
