package id.sistemparkir.client.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardedTaskTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aPeriodicTaskThatFailsOnceRunsAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch thirdRun = new CountDownLatch(3);
        Runnable failsFirst = () -> {
            int run = runs.incrementAndGet(); // counted before the latch opens, so the check below sees it
            thirdRun.countDown();
            if (run == 1) {
                throw new IllegalStateException("disk full");
            }
        };

        scheduler.scheduleWithFixedDelay(GuardedTask.of("test task", failsFirst), 0, 1, TimeUnit.MILLISECONDS);

        // Unguarded, the scheduler would never run it after the first failure.
        assertThat(thirdRun.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void withoutTheGuardTheSchedulerStopsTheTaskForGood() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        java.util.concurrent.Future<?> future = scheduler.scheduleWithFixedDelay(
                () -> {
                    runs.incrementAndGet();
                    throw new IllegalStateException("disk full");
                },
                0,
                1,
                TimeUnit.MILLISECONDS);

        // What the guard is for: the scheduler ends the task at its first exception.
        assertThat(future).failsWithin(30, TimeUnit.SECONDS);
        assertThat(runs.get()).isEqualTo(1);
    }
}
