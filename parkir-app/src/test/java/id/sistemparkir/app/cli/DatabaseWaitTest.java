package id.sistemparkir.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.ServerStartException;
import id.sistemparkir.server.db.DatabaseStartException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseWaitTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    private static ServerStartException silent() {
        return new ServerStartException(
                "no answer", new DatabaseStartException("Cannot connect: Connection refused", null, true));
    }

    private static ServerStartException refused() {
        return new ServerStartException(
                "access denied", new DatabaseStartException("Cannot connect: Access denied", null, false));
    }

    private DatabaseWait waitingUpTo(Duration limit) {
        return new DatabaseWait(limit, pauses::add);
    }

    @Test
    void aSilentDatabaseIsTriedAgainWithGrowingPausesUntilItAnswers() throws Exception {
        String started = waitingUpTo(Duration.ofSeconds(60)).start(() -> {
            if (attempts.incrementAndGet() <= 3) {
                throw silent();
            }
            return "listening";
        });

        assertThat(started).isEqualTo("listening");
        assertThat(attempts).hasValue(4);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aRefusalThatWaitingNeverFixesEndsTheStartAtOnce() {
        assertThatThrownBy(() -> waitingUpTo(Duration.ofSeconds(60)).start(() -> {
                    attempts.incrementAndGet();
                    throw refused();
                }))
                .hasMessage("access denied");

        assertThat(attempts).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void theWaitEndsAtItsLimitWithTheLastFailure() {
        assertThatThrownBy(() -> waitingUpTo(Duration.ofSeconds(5)).start(() -> {
                    attempts.incrementAndGet();
                    throw silent();
                }))
                .isInstanceOf(ServerStartException.class)
                .hasMessage("no answer");

        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(attempts).hasValue(4);
    }

    @Test
    void zeroMeansOneAttempt() {
        assertThatThrownBy(() -> waitingUpTo(Duration.ZERO).start(() -> {
                    attempts.incrementAndGet();
                    throw silent();
                }))
                .hasMessage("no answer");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void theSettingIsADurationUpToOneHour() {
        assertThat(DatabaseWait.parse(null)).isEqualTo(Duration.ofSeconds(60));
        assertThat(DatabaseWait.parse(" ")).isEqualTo(Duration.ofSeconds(60));
        assertThat(DatabaseWait.parse("0s")).isZero();
        assertThat(DatabaseWait.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> DatabaseWait.parse("2h")).hasMessageContaining("between 0s and 1h");
        assertThatThrownBy(() -> DatabaseWait.parse("soon")).hasMessageContaining("must be a duration");
    }
}
