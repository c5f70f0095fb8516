package id.sistemparkir.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FrameSenderTest {

    private final List<String> broken = new CopyOnWriteArrayList<>();
    private final AtomicInteger drained = new AtomicInteger();

    @Test
    void writesCompletingInsideTheCallKeepOrderWithoutRecursing() {
        // The first write stays in flight while 100,000 frames queue up; then every write completes inline.
        List<String> written = new ArrayList<>();
        AtomicReference<Runnable> firstCompletion = new AtomicReference<>();
        FrameSender.Transport transport = (text, onWritten, onFailed) -> {
            written.add(text);
            if (written.size() == 1) {
                firstCompletion.set(onWritten);
            } else {
                onWritten.run();
            }
        };
        FrameSender sender = sender(transport, 200_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(sender.send("f" + i)).isTrue();
        }
        assertThat(written).hasSize(1);
        assertThat(sender.pending()).isEqualTo(100_000);

        firstCompletion.get().run(); // a deep recursion would overflow the stack here

        assertThat(written).hasSize(100_000);
        assertThat(written.get(0)).isEqualTo("f0");
        assertThat(written.get(99_999)).isEqualTo("f99999");
        assertThat(sender.pending()).isZero();
        assertThat(drained.get()).isEqualTo(1);
        assertThat(broken).isEmpty();
    }

    @Test
    void concurrentSendersNeverOverlapWritesAndEachKeepsItsOrder() throws Exception {
        ExecutorService completions = Executors.newFixedThreadPool(2);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        AtomicBoolean writeInFlight = new AtomicBoolean();
        AtomicInteger overlaps = new AtomicInteger();
        List<String> written = new CopyOnWriteArrayList<>();
        FrameSender.Transport transport = (text, onWritten, onFailed) -> {
            if (!writeInFlight.compareAndSet(false, true)) {
                overlaps.incrementAndGet();
            }
            written.add(text);
            boolean inline = text.hashCode() % 2 == 0; // a mix of inline and later completions
            Runnable complete = () -> {
                writeInFlight.set(false);
                onWritten.run();
            };
            if (inline) {
                complete.run();
            } else {
                completions.execute(complete);
            }
        };
        FrameSender sender = sender(transport, 100_000);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String thread = "t" + t + "-";
                work.add(senders.submit(() -> {
                    go.await();
                    for (int i = 0; i < 2_000; i++) {
                        sender.send(thread + i);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : work) {
                future.get(10, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> written.size() == 8_000 && sender.pending() == 0);

            assertThat(overlaps.get()).as("writes overlapping").isZero();
            for (int t = 0; t < 4; t++) {
                String thread = "t" + t + "-";
                List<String> own =
                        written.stream().filter(f -> f.startsWith(thread)).toList();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    expected.add(thread + i);
                }
                assertThat(own).isEqualTo(expected);
            }
            assertThat(broken).isEmpty();
        } finally {
            senders.shutdownNow();
            completions.shutdownNow();
        }
    }

    @Test
    void aClientThatStopsReadingIsGivenUpWhenTheQueueIsFull() {
        FrameSender sender = sender((text, onWritten, onFailed) -> {}, 3); // never completes

        assertThat(sender.send("in flight")).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(sender.send("queued " + i)).isTrue();
        }
        assertThat(sender.send("one too many")).isFalse();

        assertThat(broken).singleElement().asString().contains("too slow");
        assertThat(sender.isClosed()).isTrue();
        assertThat(sender.send("later")).isFalse();
        assertThat(broken).hasSize(1);
    }

    @Test
    void aFailedWriteBreaksTheSenderOnce() {
        AtomicReference<Consumer<Throwable>> fail = new AtomicReference<>();
        FrameSender sender = sender((text, onWritten, onFailed) -> fail.set(onFailed), 10);
        sender.send("a");
        sender.send("b");

        fail.get().accept(new java.io.EOFException("reset by peer"));

        assertThat(broken).singleElement().asString().contains("reset by peer");
        assertThat(sender.pending()).isZero();
        assertThat(sender.send("c")).isFalse();
    }

    @Test
    void aTransportThatThrowsBreaksTheSender() {
        FrameSender sender = sender(
                (text, onWritten, onFailed) -> {
                    throw new IllegalStateException("session closed");
                },
                10);

        sender.send("a");

        assertThat(broken).singleElement().asString().contains("session closed");
        assertThat(sender.send("b")).isFalse();
    }

    private FrameSender sender(FrameSender.Transport transport, int maxQueued) {
        return new FrameSender(transport, maxQueued, drained::incrementAndGet, broken::add);
    }
}
