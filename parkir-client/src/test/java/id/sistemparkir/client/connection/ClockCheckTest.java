package id.sistemparkir.client.connection;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.server.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockCheckTest {

    private static final Instant SERVER_NOW = Instant.parse("2026-11-25T01:00:00Z");

    private final MutableClock clock = new MutableClock(SERVER_NOW);
    private final ClockCheck check = new ClockCheck(clock);

    @Test
    void fiftyNineSecondsAheadIsFine() {
        clock.set(SERVER_NOW.plusSeconds(59));

        assertThat(check.record(SERVER_NOW)).isEmpty();
        assertThat(check.lastSkew()).isEqualTo(Duration.ofSeconds(59));
        assertThat(check.skewed()).isFalse();
    }

    @Test
    void sixtyOneSecondsAheadIsTooMuch() {
        clock.set(SERVER_NOW.plusSeconds(61));

        assertThat(check.record(SERVER_NOW)).contains(Duration.ofSeconds(61));
        assertThat(check.skewed()).isTrue();
    }

    @Test
    void aClockBehindTheServersIsANegativeSkewAndCountsToo() {
        clock.set(SERVER_NOW.minusSeconds(61));
        assertThat(check.record(SERVER_NOW)).contains(Duration.ofSeconds(-61));

        clock.set(SERVER_NOW.minusSeconds(59));
        assertThat(check.record(SERVER_NOW)).isEmpty();
        assertThat(check.lastSkew()).isEqualTo(Duration.ofSeconds(-59));
    }

    @Test
    void exactlyTheLimitIsStillFine() {
        clock.set(SERVER_NOW.plus(ClockCheck.MAX_SKEW));

        assertThat(check.record(SERVER_NOW)).isEmpty();
        assertThat(ClockCheck.MAX_SKEW).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void listenersHearOnlyWhenTheVerdictChanges() {
        List<Optional<Duration>> heard = new ArrayList<>();
        check.addListener(heard::add);

        clock.set(SERVER_NOW.plusSeconds(90));
        check.record(SERVER_NOW);
        clock.set(SERVER_NOW.plusSeconds(95));
        check.record(SERVER_NOW);
        clock.set(SERVER_NOW.plusSeconds(1));
        check.record(SERVER_NOW);
        check.record(SERVER_NOW);

        assertThat(heard).containsExactly(Optional.of(Duration.ofSeconds(90)), Optional.empty());
    }

    @Test
    void theRealtimeHelloFeedsIt() {
        clock.set(SERVER_NOW.plusSeconds(120));

        check.onConnected(new RealtimeFrame.Hello(10, SERVER_NOW));

        assertThat(check.skewed()).isTrue();
        assertThat(check.lastSkew()).isEqualTo(Duration.ofMinutes(2));
    }
}
