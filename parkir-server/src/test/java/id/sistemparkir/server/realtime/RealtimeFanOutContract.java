package id.sistemparkir.server.realtime;

import static id.sistemparkir.server.realtime.FakeAuthenticator.OPERATOR_TOKEN;
import static id.sistemparkir.server.realtime.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.server.db.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One reader per node (decision 0017): the event log is read once per new event for the node, not once per subscriber.
 * Reads are counted at the statement (JDBI's SQL logger), never timed. The poll is made so long it never runs, so every
 * read counted is one the commits caused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealtimeFanOutContract {

    private static final int EVENTS = 20;
    private static final int MANY = 25; // more subscribers than events: a read per subscriber would show

    private static final RealtimeHub.Options NO_POLL =
            new RealtimeHub.Options(50, Duration.ofHours(1), Duration.ofMillis(1_500), 1_000, 4, 100);

    private final AtomicLong logReads = new AtomicLong();
    private TestDatabase testDatabase;
    private RealtimeTestApp app;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startApp() {
        testDatabase = createDatabase();
        testDatabase.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                if (context.getRawSql().contains("FROM event_log WHERE")) {
                    logReads.incrementAndGet();
                }
            }
        });
        app = RealtimeTestApp.start(testDatabase.database(), NO_POLL);
    }

    @AfterAll
    void stopApp() {
        if (app != null) {
            app.close();
        }
        if (testDatabase != null) {
            testDatabase.jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
            testDatabase.close();
        }
    }

    @Test
    void readsOfTheEventLogDoNotGrowWithTheNumberOfSubscribers() {
        long readsForOne = readsToDeliver(1);
        long readsForMany = readsToDeliver(MANY);

        assertThat(readsForOne).isBetween(1L, (long) EVENTS);
        assertThat(readsForMany).isBetween(1L, (long) EVENTS); // one read per subscriber would be at least MANY
    }

    @Test
    void aSubscriberBehindTheWindowIsReplayedFromTheLogInOrderThenLive() {
        long base = app.eventLog().latestSeq();
        for (int i = 0; i < 150; i++) { // more than the window of 100
            app.append("vehicle.entered", "{\"i\":" + i + "}");
        }
        try (WsTestClient behind = subscribed(base)) {
            long live = app.append("vehicle.exited", "{}");

            assertThat(behind.awaitEventSeqs(151)).isEqualTo(seqs(base + 1, live));
        }
    }

    /** Subscribes {@code count} clients, then appends {@link #EVENTS} events; the log reads it took to deliver all. */
    private long readsToDeliver(int count) {
        List<WsTestClient> clients = new ArrayList<>();
        try {
            long since = app.eventLog().latestSeq();
            for (int i = 0; i < count; i++) {
                clients.add(subscribed(since));
            }
            long warmUp = app.append("test.warm-up", "{}"); // every pump has run once: no subscribe-time read below
            for (WsTestClient client : clients) {
                assertThat(client.awaitEventSeqs(1)).containsExactly(warmUp);
            }

            long before = logReads.get();
            for (int i = 0; i < EVENTS; i++) {
                app.append("vehicle.entered", "{\"i\":" + i + "}");
            }
            for (WsTestClient client : clients) {
                assertThat(client.awaitEventSeqs(EVENTS + 1)).isEqualTo(seqs(warmUp, warmUp + EVENTS));
            }
            return logReads.get() - before;
        } finally {
            clients.forEach(WsTestClient::close);
        }
    }

    private WsTestClient subscribed(long since) {
        WsTestClient client = WsTestClient.connect(app.wsUri(), OPERATOR_TOKEN);
        client.awaitFrame(type("hello"));
        client.send("{\"type\":\"subscribe\",\"since\":" + since + "}");
        return client;
    }

    private static List<Long> seqs(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
