package id.sistemparkir.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.db.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The event log contract, run on H2 and MariaDB. Tests count from the latest seq, not from 1. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventLogContract {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00.123Z");
    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 50;

    private TestDatabase testDatabase;
    private Jdbi jdbi;
    private EventLog eventLog;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void openDatabase() {
        testDatabase = createDatabase();
        jdbi = testDatabase.jdbi();
        eventLog = new EventLog(jdbi);
    }

    @AfterAll
    void closeDatabase() {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Test
    void concurrentAppendsGetConsecutiveSeqsAndReadersNeverSeeAGap() throws Exception {
        long base = eventLog.latestSeq();
        long last = base + THREADS * APPENDS_PER_THREAD;
        ExecutorService producers = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean producing = new AtomicBoolean(true);
        try {
            Future<List<Long>> reader = producers.submit(() -> readContinuously(base, last, producing));
            List<Future<List<Long>>> appenders = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                appenders.add(producers.submit(() -> {
                    start.await();
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        String payload = "{\"thread\":" + thread + ",\"i\":" + i + "}";
                        seqs.add(jdbi.inTransaction(h -> eventLog.append(h, "test.appended", payload, AT)));
                    }
                    return seqs;
                }));
            }
            start.countDown();
            List<Long> allocated = new ArrayList<>();
            for (Future<List<Long>> appender : appenders) {
                allocated.addAll(appender.get(30, TimeUnit.SECONDS));
            }
            producing.set(false);
            List<Long> seenByReader = reader.get(30, TimeUnit.SECONDS);

            Collections.sort(allocated);
            List<Long> expected = LongStream.rangeClosed(base + 1, last).boxed().toList();
            assertThat(allocated).as("no gap, no duplicate").isEqualTo(expected);
            assertThat(seenByReader)
                    .as("a concurrent reader saw every seq, in order")
                    .isEqualTo(expected);
        } finally {
            producers.shutdownNow();
        }

        assertThat(eventLog.latestSeq()).isEqualTo(last);
        List<StoredEvent> events = eventLog.readSince(base, 1_000);
        assertThat(events)
                .extracting(StoredEvent::seq)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(base + 1, last).boxed().toList());
        assertThat(events).allSatisfy(event -> {
            assertThat(event.eventType()).isEqualTo("test.appended");
            assertThat(event.payloadJson()).startsWith("{\"thread\":");
            assertThat(event.createdAt()).isEqualTo(AT);
        });
    }

    /**
     * Polls readSince like a subscriber catching up: every batch must continue exactly where the last one
     * ended (a later seq committed before an earlier one would show up here as a jump).
     */
    private List<Long> readContinuously(long base, long last, AtomicBoolean producing) {
        List<Long> seen = new ArrayList<>();
        long since = base;
        while (since < last && !Thread.currentThread().isInterrupted()) {
            List<StoredEvent> batch = eventLog.readSince(since, 37);
            for (StoredEvent event : batch) {
                if (event.seq() != since + 1) {
                    throw new AssertionError("reader saw seq " + event.seq() + " right after " + since);
                }
                since = event.seq();
                seen.add(since);
            }
            if (batch.isEmpty() && !producing.get() && eventLog.latestSeq() == since) {
                break;
            }
        }
        return seen;
    }

    @Test
    void readSincePagesInSeqOrder() {
        long base = eventLog.latestSeq();
        jdbi.useTransaction(h -> {
            for (int i = 1; i <= 5; i++) {
                eventLog.append(h, "vehicle.entered", "{\"n\":" + i + "}", AT.plusSeconds(i));
            }
        });

        List<StoredEvent> first = eventLog.readSince(base, 2);
        List<StoredEvent> rest = eventLog.readSince(first.get(1).seq(), 10);
        assertThat(first)
                .containsExactly(
                        new StoredEvent(base + 1, "vehicle.entered", "{\"n\":1}", AT.plusSeconds(1)),
                        new StoredEvent(base + 2, "vehicle.entered", "{\"n\":2}", AT.plusSeconds(2)));
        assertThat(rest).extracting(StoredEvent::payloadJson).containsExactly("{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
        assertThat(eventLog.readSince(base + 5, 10)).isEmpty();
        assertThatThrownBy(() -> eventLog.readSince(base, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRolledBackAppendGivesItsSeqBack() {
        long base = eventLog.latestSeq();
        assertThatThrownBy(() -> jdbi.useTransaction(h -> {
                    eventLog.append(h, "doomed", "{}", AT);
                    throw new IllegalStateException("the effect failed");
                }))
                .hasMessage("the effect failed");

        assertThat(eventLog.latestSeq()).isEqualTo(base);
        long next = jdbi.inTransaction(h -> eventLog.append(h, "kept", "{}", AT));
        assertThat(next).isEqualTo(base + 1);
        assertThat(eventLog.readSince(base, 10))
                .extracting(StoredEvent::eventType)
                .containsExactly("kept");
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        long base = eventLog.latestSeq();
        assertThatThrownBy(() -> jdbi.useHandle(h -> eventLog.append(h, "loose", "{}", AT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the producing transaction");
        assertThat(eventLog.latestSeq()).isEqualTo(base);
    }
}
