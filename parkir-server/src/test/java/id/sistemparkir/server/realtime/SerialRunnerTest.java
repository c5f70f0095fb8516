package id.sistemparkir.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SerialRunnerTest {

    @Test
    void runsNeverOverlapAndTheLastRequestIsAlwaysAnswered() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        ExecutorService requesters = Executors.newFixedThreadPool(4);
        AtomicInteger active = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicLong published = new AtomicLong();
        AtomicLong seen = new AtomicLong();
        SerialRunner runner = new SerialRunner(
                executor,
                () -> {
                    if (active.incrementAndGet() != 1) {
                        overlaps.incrementAndGet();
                    }
                    seen.accumulateAndGet(published.get(), Math::max);
                    runs.incrementAndGet();
                    active.decrementAndGet();
                },
                "test runner");
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                work.add(requesters.submit(() -> {
                    go.await();
                    for (int i = 0; i < 5_000; i++) {
                        published.incrementAndGet();
                        runner.request();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : work) {
                future.get(10, TimeUnit.SECONDS);
            }

            // Every request was followed by a run that started after it: the last run saw the last value.
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.get() == 20_000);
            assertThat(overlaps.get()).isZero();
            assertThat(runs.get()).as("requests are coalesced").isBetween(1, 20_000);
        } finally {
            requesters.shutdownNow();
            executor.shutdownNow();
        }
    }

    @Test
    void aRequestAfterTheExecutorStoppedIsDropped() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        SerialRunner runner = new SerialRunner(executor, () -> {}, "stopped");

        runner.request();
        runner.request();
    }

    @Test
    void aFailingRunDoesNotStopLaterRuns() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        AtomicInteger runs = new AtomicInteger();
        SerialRunner runner = new SerialRunner(
                executor,
                () -> {
                    if (runs.incrementAndGet() == 1) {
                        throw new IllegalStateException("first run fails");
                    }
                },
                "flaky");
        try {
            runner.request();
            await().atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 1);
            runner.request();
            await().atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 2);
        } finally {
            executor.shutdownNow();
        }
    }
}
