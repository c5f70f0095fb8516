package id.sistemparkir.server.realtime;

import static id.sistemparkir.server.realtime.FakeAuthenticator.OPERATOR_TOKEN;
import static id.sistemparkir.server.realtime.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.server.db.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A subscriber asking for events that retention removed is told to resync (reload its state) rather than left with a
 * silent gap; one whose events are all still there is not. Run on H2 and MariaDB, on a database of its own (it purges).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealtimeResyncContract {

    private TestDatabase testDatabase;
    private RealtimeTestApp app;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startApp() {
        testDatabase = createDatabase();
        app = RealtimeTestApp.start(testDatabase.database());
    }

    @AfterAll
    void stopApp() {
        if (app != null) {
            app.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    private WsTestClient subscribed(long since) {
        WsTestClient client = WsTestClient.connect(app.wsUri(), OPERATOR_TOKEN);
        client.awaitFrame(type("hello"));
        client.send("{\"type\":\"subscribe\",\"since\":" + since + "}");
        return client;
    }

    @Test
    void aSubscriberBehindTheRetainedLogIsToldToResyncThenGetsTheEventsAfterIt() {
        long first = app.append("vehicle.entered", "{\"n\":1}");
        for (int i = 2; i <= 5; i++) {
            app.append("vehicle.entered", "{\"n\":" + i + "}");
        }
        long purgedBefore = app.eventLog().purgedThrough();
        int removed = app.eventLog().purgeOlderThan(Instant.now().plus(Duration.ofMinutes(1)), 1_000);
        long latest = app.eventLog().latestSeq();
        assertThat(removed).isGreaterThanOrEqualTo(5);
        assertThat(app.eventLog().purgedThrough()).isEqualTo(latest).isGreaterThan(purgedBefore);

        try (WsTestClient behind = subscribed(first)) {
            JsonNode resync = behind.awaitFrame(type("resync"));
            assertThat(resync.get("seq").asLong()).isEqualTo(latest);
            assertThat(resync.get("purgedThrough").asLong()).isEqualTo(latest);

            long next = app.append("vehicle.exited", "{\"n\":6}");
            JsonNode event = behind.awaitFrame(type("event"));
            assertThat(event.get("seq").asLong()).isEqualTo(next).isEqualTo(latest + 1);
            List<String> types =
                    behind.frames().stream().map(f -> f.get("type").asText()).toList();
            assertThat(types.indexOf("resync")).isLessThan(types.indexOf("event"));
        }
    }

    @Test
    void aSubscriberThatMissedNothingRemovedIsNotToldToResync() {
        app.eventLog().purgeOlderThan(Instant.now().plus(Duration.ofMinutes(1)), 1_000);
        long upToDate = app.eventLog().latestSeq();

        try (WsTestClient current = subscribed(upToDate)) {
            long next = app.append("vehicle.entered", "{\"fresh\":true}");
            JsonNode event = current.awaitFrame(type("event"));

            assertThat(event.get("seq").asLong()).isEqualTo(next);
            assertThat(current.frames()).noneMatch(type("resync"));
        }
    }
}
