package id.sistemparkir.server.realtime;

import static id.sistemparkir.server.realtime.FakeAuthenticator.OPERATOR_TOKEN;
import static id.sistemparkir.server.realtime.FakeAuthenticator.SUPERVISOR_TOKEN;
import static id.sistemparkir.server.realtime.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.Times;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The realtime channel end to end (DESIGN §5), run on H2 and MariaDB: a real Javalin on port 0, real sockets. One
 * database per class; every test leaves the event log without holes, so "since 0" always means seq 1..latest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealtimeContract {

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

    @AfterEach
    void everySocketIsGone() {
        await().atMost(Duration.ofSeconds(5)).until(() -> app.hub().clientCount() == 0);
    }

    @Test
    void helloIsTheFirstFrameAndCarriesTheLatestSeqAndTheServerTime() {
        long seq = app.append("test.hello", "{\"n\":1}");
        Instant before = Instant.now();

        try (WsTestClient client = connect()) {
            JsonNode hello = client.awaitFrame(type("hello"));

            assertThat(client.frames().get(0)).isEqualTo(hello);
            assertThat(hello.get("seq").asLong()).isEqualTo(seq);
            assertThat(Instant.parse(hello.get("serverTime").asText()))
                    .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        }
    }

    @Test
    void anUpgradeWithoutAValidTokenIsRefusedWith401AndNoSocket() {
        assertThat(WsTestClient.refusedStatus(app.wsUri(), null)).isEqualTo(401);
        assertThat(WsTestClient.refusedStatus(app.wsUri(), "forged-token")).isEqualTo(401);
        assertThat(WsTestClient.refusedStatus(URI.create(app.wsUri() + "?access_token=forged-token"), null))
                .isEqualTo(401);
        assertThat(app.hub().clientCount()).isZero();

        // A browser cannot set headers: the token may come as a query parameter.
        try (WsTestClient browser =
                WsTestClient.connect(URI.create(app.wsUri() + "?access_token=" + OPERATOR_TOKEN), null)) {
            browser.awaitFrame(type("hello"));
        }
    }

    @Test
    void subscribingSinceZeroReplaysTheWholeLogInOrder() {
        for (int i = 0; i < 120; i++) { // more than two batches
            app.append("vehicle.entered", "{\"i\":" + i + "}");
        }
        long last = app.eventLog().latestSeq();

        try (WsTestClient client = subscribed(0)) {
            assertThat(client.awaitEventSeqs((int) last)).isEqualTo(seqs(1, last));

            JsonNode lastEvent = client.frames().stream()
                    .filter(type("event"))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(lastEvent)
                    .isEqualTo(json("{\"type\":\"event\",\"seq\":" + last
                            + ",\"event\":\"vehicle.entered\",\"data\":{\"i\":119}}"));
        }
    }

    @Test
    void aSubscriberThatReconnectsWithSinceGetsExactlyWhatItMissedThenLiveEvents() {
        long base = app.eventLog().latestSeq();
        long lastSeen;
        try (WsTestClient first = subscribed(base)) {
            appendMany(3);
            List<Long> seqs = first.awaitEventSeqs(3);
            assertThat(seqs).isEqualTo(seqs(base + 1, base + 3));
            lastSeen = seqs.get(seqs.size() - 1);
        }
        appendMany(5); // while away

        try (WsTestClient again = subscribed(lastSeen)) {
            assertThat(again.awaitEventSeqs(5)).isEqualTo(seqs(lastSeen + 1, lastSeen + 5));
            appendMany(2); // live
            again.awaitEventSeqs(7);
            settle(again);
            assertThat(again.eventSeqs()).isEqualTo(seqs(lastSeen + 1, lastSeen + 7));
        }
    }

    @Test
    void concurrentWritersAndSubscribersDeliverEverySeqExactlyOnceInOrder() throws Exception {
        appendMany(150); // a replay of several batches for whoever subscribes from 0
        int writers = 4;
        int perWriter = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger written = new AtomicInteger();
        List<WsTestClient> subscribers = new ArrayList<>();
        try {
            subscribers.add(subscribed(0));
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perWriter; i++) {
                        app.append("vehicle.entered", "{\"writer\":" + writer + ",\"i\":" + i + "}");
                        written.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            await().atMost(Duration.ofSeconds(20)).until(() -> written.get() >= 40);
            subscribers.add(subscribed(0)); // replays while the writers write
            await().atMost(Duration.ofSeconds(20)).until(() -> written.get() >= 120);
            subscribers.add(subscribed(0));
            for (Future<?> writer : work) {
                writer.get(30, TimeUnit.SECONDS);
            }
            long last = app.eventLog().latestSeq();

            for (WsTestClient subscriber : subscribers) {
                subscriber.awaitEventSeqs((int) last);
            }
            for (WsTestClient subscriber : subscribers) {
                settle(subscriber);
                assertThat(subscriber.eventSeqs())
                        .as("every seq once, in order")
                        .isEqualTo(seqs(1, last));
            }
        } finally {
            pool.shutdownNow();
            subscribers.forEach(WsTestClient::close);
        }
    }

    @Test
    void aClientThatStopsReadingHoldsUpNoOneAndCatchesUpWhenItReadsAgain() {
        long base = app.eventLog().latestSeq();
        int count = 2_000;
        String padding = "p".repeat(4_000); // 8 MB in all: more than the socket buffers take
        try (WsTestClient slow = subscribed(base);
                WsTestClient fast = subscribed(base)) {
            slow.pauseReading();
            for (int batch = 0; batch < count / 100; batch++) {
                int first = batch * 100;
                testDatabase.jdbi().useTransaction(h -> {
                    for (int i = first; i < first + 100; i++) {
                        app.eventLog()
                                .append(h, "test.bulk", "{\"i\":" + i + ",\"pad\":\"" + padding + "\"}", Instant.now());
                    }
                });
                app.hub().eventsCommitted();
            }

            assertThat(fast.awaitEventSeqs(count)).isEqualTo(seqs(base + 1, base + count));
            try (WsTestClient newcomer = connect()) {
                newcomer.send("{\"type\":\"ping\"}");
                newcomer.awaitFrame(0, type("pong"), Duration.ofSeconds(2));
            }
            assertThat(slow.eventSeqs().size()).isLessThan(count);

            slow.resumeReading();
            assertThat(slow.awaitEventSeqs(count)).isEqualTo(seqs(base + 1, base + count));
        }
    }

    @Test
    void aStatusFrameComesWithinTheIntervalWithTheClientCount() {
        try (WsTestClient a = connect();
                WsTestClient b = connect()) {
            a.awaitFrame(type("hello"));
            b.awaitFrame(type("hello"));
            int mark = a.mark();

            JsonNode status = a.awaitFrame(
                    mark, type("status").and(f -> f.get("clients").asInt() == 2), Duration.ofMillis(1_500));

            assertThat(status)
                    .isEqualTo(json("{\"type\":\"status\",\"server\":\"UP\",\"database\":\"UP\",\"clients\":2}"));
        }
    }

    @Test
    void aHeartbeatListsTheStationAndClosingTheSocketMarksItDisconnected() {
        try (WsTestClient lane = connect()) {
            lane.awaitFrame(type("hello"));
            lane.send("{\"type\":\"station\",\"station\":\"IN-1\",\"app\":\"ParkingIN\",\"pendingOffline\":3}");

            JsonNode listed = awaitStation("IN-1", s -> s.get("pendingOffline").asInt() == 3);
            assertThat(listed.get("app").asText()).isEqualTo("ParkingIN");
            assertThat(listed.get("connected").asBoolean()).isTrue();
            assertThat(Instant.parse(listed.get("lastSeen").asText()))
                    .isBefore(Instant.now().plusSeconds(1));
            await().atMost(WsTestClient.PATIENCE)
                    .until(() -> connectedInTable("IN-1").orElse(false));

            lane.send("{\"type\":\"station\",\"station\":\"IN-1\",\"app\":\"ParkingIN\",\"pendingOffline\":0}");
            awaitStation("IN-1", s -> s.get("pendingOffline").asInt() == 0);
        }

        awaitStation("IN-1", s -> !s.get("connected").asBoolean());
        await().atMost(WsTestClient.PATIENCE)
                .until(() -> connectedInTable("IN-1").equals(Optional.of(false)));
        assertThat(app.get(RealtimeTestApp.STATIONS_PATH, OPERATOR_TOKEN).statusCode())
                .isEqualTo(403);
        assertThat(app.get(RealtimeTestApp.STATIONS_PATH, null).statusCode()).isEqualTo(401);
    }

    @Test
    void pingIsAnsweredWithPong() {
        try (WsTestClient client = connect()) {
            client.send("{\"type\":\"ping\"}");

            assertThat(client.awaitFrame(type("pong"))).isEqualTo(json("{\"type\":\"pong\"}"));
        }
    }

    @Test
    void aHeartbeatCountsOnlyForTheStationTheTokenLoggedInAs() {
        // Issue 9 item 3: one socket created 500 fake stations; any operator could speak for any station.
        try (WsTestClient lane = connect();
                WsTestClient office = WsTestClient.connect(app.wsUri(), SUPERVISOR_TOKEN)) {
            lane.awaitFrame(type("hello"));
            office.awaitFrame(type("hello"));
            int mark = lane.mark();
            lane.send("{\"type\":\"station\",\"station\":\"OUT-9\",\"app\":\"ParkingIN\",\"pendingOffline\":1}");
            assertThat(lane.awaitFrame(mark, type("error"), WsTestClient.PATIENCE)
                            .get("error")
                            .asText())
                    .isEqualTo("wrong_station");
            int officeMark = office.mark();
            office.send("{\"type\":\"station\",\"station\":\"IN-1\",\"app\":\"Admin\",\"pendingOffline\":0}");
            assertThat(office.awaitFrame(officeMark, type("error"), WsTestClient.PATIENCE)
                            .get("error")
                            .asText())
                    .as("a login without a station sends no heartbeat")
                    .isEqualTo("wrong_station");
            HttpResponse<String> stations = app.get(RealtimeTestApp.STATIONS_PATH, SUPERVISOR_TOKEN);
            assertThat(stations.body()).doesNotContain("OUT-9");
        }
    }

    @Test
    void aBadFrameIsAnsweredWithAnErrorAndTheSocketStaysUsable() {
        List<String> badFrames = List.of(
                "not json",
                "[1,2]",
                "{\"since\":3}",
                "{\"type\":\"teleport\"}",
                "{\"type\":\"hello\",\"seq\":1,\"serverTime\":\"2025-01-01T00:00:00Z\"}",
                "{\"type\":\"subscribe\",\"since\":-1}",
                "{\"type\":\"subscribe\",\"since\":\"5\"}",
                "{\"type\":\"station\",\"app\":\"ParkingIN\",\"pendingOffline\":1}",
                "{\"type\":\"station\",\"station\":\"IN-1\",\"pendingOffline\":-1}",
                "{\"type\":\"ping\",\"extra\":true}",
                "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(60 * 1024) + "\"}");
        try (WsTestClient client = connect()) {
            client.awaitFrame(type("hello"));
            for (String bad : badFrames) {
                int mark = client.mark();
                client.send(bad);
                JsonNode error = client.awaitFrame(mark, type("error"), WsTestClient.PATIENCE);
                String expected = bad.contains("\"station\",\"app\"") ? "invalid_station" : "bad_frame";
                assertThat(error.get("error").asText()).as(abbreviate(bad)).isEqualTo(expected);
                assertThat(error.get("message").asText()).isNotBlank();
            }

            long base = app.eventLog().latestSeq();
            client.send("{\"type\":\"subscribe\",\"since\":" + base + "}");
            long seq = app.append("vehicle.exited", "{}");
            assertThat(client.awaitEventSeqs(1)).containsExactly(seq);
            int mark = client.mark();
            client.send("{\"type\":\"subscribe\",\"since\":0}");
            assertThat(client.awaitFrame(mark, type("error"), WsTestClient.PATIENCE)
                            .get("error")
                            .asText())
                    .isEqualTo("already_subscribed");
            client.send("{\"type\":\"ping\"}");
            client.awaitFrame(mark, type("pong"), WsTestClient.PATIENCE);
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void aFrameOver64KiBClosesTheSocketWithMessageTooBig() {
        try (WsTestClient client = connect()) {
            client.awaitFrame(type("hello"));
            client.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(RealtimeHub.MAX_FRAME_BYTES) + "\"}");

            assertThat(client.awaitClosed()).isEqualTo(1009);
        }
    }

    @Test
    void aHoleInTheLogHoldsTheStreamUntilTheMissingEventIsCommitted() {
        long base = app.eventLog().latestSeq();
        insertDirectly(base + 2); // as if base + 1 were still being committed
        try (WsTestClient client = subscribed(base)) {
            settle(client); // a pump has run and met the hole
            assertThat(client.eventSeqs()).isEmpty();

            assertThat(app.append("test.late", "{}")).isEqualTo(base + 1);
            setCounter(base + 2);
            app.hub().eventsCommitted();

            assertThat(client.awaitEventSeqs(2)).containsExactly(base + 1, base + 2);
        }
    }

    @Test
    void aHoleThatStaysIsSkippedAfterItsPatience() {
        long base = app.eventLog().latestSeq();
        insertDirectly(base + 2);
        setCounter(base + 2);
        try (WsTestClient client = subscribed(base)) {
            assertThat(client.awaitEventSeqs(1)).containsExactly(base + 2);
        } finally {
            insertDirectly(base + 1); // leave no hole for the other tests
        }
    }

    @Test
    void healthAnswers200WhileTheDatabaseIsUp() {
        HttpResponse<String> response = app.get("/api/v1/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.get("server").asText()).isEqualTo("UP");
        assertThat(body.get("database").asText()).isEqualTo("UP");
        assertThat(Instant.parse(body.get("time").asText()))
                .isBefore(Instant.now().plusSeconds(1));
    }

    private WsTestClient connect() {
        return WsTestClient.connect(app.wsUri(), OPERATOR_TOKEN);
    }

    private WsTestClient subscribed(long since) {
        WsTestClient client = connect();
        client.awaitFrame(type("hello"));
        client.send("{\"type\":\"subscribe\",\"since\":" + since + "}");
        return client;
    }

    private void appendMany(int count) {
        for (int i = 0; i < count; i++) {
            app.append("vehicle.entered", "{\"i\":" + i + "}");
        }
    }

    /** Waits for the next status frame: by then a poll has run, so anything still to come would have come. */
    private static void settle(WsTestClient client) {
        client.awaitFrame(client.mark(), type("status"), Duration.ofSeconds(3));
    }

    private JsonNode awaitStation(String code, java.util.function.Predicate<JsonNode> match) {
        return await().atMost(WsTestClient.PATIENCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> station(code).filter(match), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<JsonNode> station(String code) {
        HttpResponse<String> response = app.get(RealtimeTestApp.STATIONS_PATH, SUPERVISOR_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode station : json(response.body())) {
            if (code.equals(station.get("code").asText())) {
                return Optional.of(station);
            }
        }
        return Optional.empty();
    }

    private Optional<Boolean> connectedInTable(String code) {
        return testDatabase.jdbi().withHandle(h -> h.createQuery("SELECT connected FROM stations WHERE code = :code")
                .bind("code", code)
                .mapTo(Boolean.class)
                .findOne());
    }

    private void insertDirectly(long seq) {
        testDatabase.jdbi().useHandle(h -> h.createUpdate("INSERT INTO event_log (seq, event_type, payload, created_at)"
                        + " VALUES (:seq, 'test.direct', '{}', :at)")
                .bind("seq", seq)
                .bind("at", Times.toDb(Instant.now()))
                .execute());
    }

    private void setCounter(long seq) {
        testDatabase.jdbi().useHandle(h -> h.createUpdate("UPDATE event_sequence SET last_seq = :seq WHERE id = 1")
                .bind("seq", seq)
                .execute());
    }

    private static List<Long> seqs(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
