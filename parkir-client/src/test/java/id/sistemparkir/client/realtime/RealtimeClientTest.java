package id.sistemparkir.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.api.ServerFixture;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RealtimeClient} against the real server: hello, ordered events, resume from the saved seq, faults. */
class RealtimeClientTest {

    static final RealtimeOptions FAST = RealtimeOptions.DEFAULTS
            .withPing(Duration.ofMillis(300), Duration.ofMillis(500))
            .withHeartbeatInterval(Duration.ofMillis(300))
            .withBackoff(Duration.ofMillis(100), Duration.ofMillis(500));
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static ServerFixture server;
    private static ServerApi api;

    @TempDir
    Path dataDir;

    private ScheduledExecutorService scheduler;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = ServerFixture.start();
        api = server.loggedInApi();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startScheduler() {
        scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "realtime-test");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        scheduler.shutdownNow();
    }

    @Test
    void receivesHelloThenTheEventsOfNewEntriesInOrderAndSavesTheLastSeq() {
        SeqStore seqs = new SeqStore(dataDir);
        Recorder recorder = new Recorder();
        RealtimeClient client = client(server.endpoint(), seqs, recorder, "IN-A", new AtomicInteger());
        client.start();
        await().atMost(PATIENCE).until(client::connected);
        assertThat(recorder.hellos).hasSize(1);
        assertThat(recorder.hellos.get(0).serverTime()).isNotNull();

        List<String> plates = postEntries(3);

        await().atMost(PATIENCE).until(() -> recorder.enteredPlates().containsAll(plates));
        assertThat(recorder.enteredPlates()).containsSubsequence(plates);
        assertThat(recorder.seqs()).isSorted().doesNotHaveDuplicates();
        SessionView last = Recorder.session(recorder.events.get(recorder.events.size() - 1));
        assertThat(last.status()).isEqualTo("ACTIVE");
        assertThat(last.ticketCode()).isNotBlank();
        long lastSeq = recorder.seqs().get(recorder.seqs().size() - 1);
        await().atMost(PATIENCE).until(() -> seqs.load() == lastSeq);
        assertThat(client.lastSeq()).isEqualTo(lastSeq);
        await().atMost(PATIENCE).until(() -> !recorder.statuses.isEmpty());
        assertThat(recorder.statuses.get(0).database()).isEqualTo("UP");
    }

    @Test
    void aNewClientWithTheSameSeqStoreGetsExactlyTheEventsItMissedInOrder() throws Exception {
        SeqStore seqs = new SeqStore(dataDir);
        Recorder first = new Recorder();
        RealtimeClient before = client(server.endpoint(), seqs, first, "IN-B", new AtomicInteger());
        before.start();
        await().atMost(PATIENCE).until(before::connected);
        List<String> seen = postEntries(2);
        await().atMost(PATIENCE).until(() -> first.enteredPlates().containsAll(seen));
        long seenUpTo = first.seqs().get(first.seqs().size() - 1);
        await().atMost(PATIENCE).until(() -> seqs.load() == seenUpTo);
        before.close();

        List<String> missed = postEntries(3);
        Recorder second = new Recorder();
        RealtimeClient after = client(server.endpoint(), seqs, second, "IN-B", new AtomicInteger());
        after.start();
        await().atMost(PATIENCE).until(() -> second.events.size() >= 3);
        List<String> live = postEntries(1); // a barrier: everything before it has been delivered when it arrives
        await().atMost(PATIENCE).until(() -> second.enteredPlates().containsAll(live));

        List<String> expected = new ArrayList<>(missed);
        expected.addAll(live);
        assertThat(second.enteredPlates()).containsExactlyElementsOf(expected);
        assertThat(second.seqs()).isSorted().allMatch(seq -> seq > seenUpTo);
        assertThat(second.hellos).hasSize(1);
    }

    @Test
    void theHeartbeatShowsTheStationAndItsPendingCountInTheStationsList() {
        AtomicInteger pending = new AtomicInteger(3);
        // A heartbeat counts only for the station the token logged in as (issue 9).
        ServerApi heartbeatLogin = server.loggedInApi("OUT-HB");
        RealtimeClient client = new RealtimeClient(
                server.endpoint(),
                () -> heartbeatLogin.token().orElse(null),
                new SeqStore(dataDir),
                new RealtimeClient.StationInfo("OUT-HB", "ParkingOut", pending::get),
                Clock.systemUTC(),
                scheduler,
                FAST);
        toClose.add(client);
        client.start();

        await().atMost(PATIENCE).until(() -> station("OUT-HB")
                .map(s -> s.path("pendingOffline").asInt())
                .equals(Optional.of(3)));
        pending.set(5);
        client.sendHeartbeat();

        await().atMost(PATIENCE).until(() -> station("OUT-HB")
                .map(s -> s.path("pendingOffline").asInt())
                .equals(Optional.of(5)));
        JsonNode station = station("OUT-HB").orElseThrow();
        assertThat(station.path("app").asText()).isEqualTo("ParkingOut");
        assertThat(station.path("connected").asBoolean()).isTrue();
    }

    @Test
    void aCutConnectionIsReportedWithinOneSecondAndTheClientCatchesUpAfterRestore() throws IOException {
        TcpProxy proxy = proxy();
        Recorder recorder = new Recorder();
        RealtimeClient client = client(viaProxy(proxy), new SeqStore(dataDir), recorder, "IN-C", new AtomicInteger());
        client.start();
        await().atMost(PATIENCE).until(client::connected);

        long cutAt = System.nanoTime();
        proxy.cut();
        await().atMost(Duration.ofSeconds(1)).until(() -> !recorder.disconnects.isEmpty());
        Duration reported = Duration.ofNanos(recorder.disconnectNanos.get(0) - cutAt);
        assertThat(client.connected()).isFalse();
        List<String> whileCut = postEntries(2);

        proxy.restore();
        await().atMost(PATIENCE).until(() -> recorder.hellos.size() == 2 && client.connected());
        await().atMost(PATIENCE).until(() -> recorder.enteredPlates().containsAll(whileCut));

        assertThat(reported).isLessThan(Duration.ofSeconds(1));
        assertThat(recorder.enteredPlates()).containsSubsequence(whileCut);
        assertThat(recorder.seqs()).isSorted().doesNotHaveDuplicates();
        assertThat(recorder.disconnects).hasSize(1);
    }

    @Test
    void aServerThatStopsAnsweringIsDetectedByItsMissingPong() throws IOException {
        TcpProxy proxy = proxy();
        Recorder recorder = new Recorder();
        RealtimeClient client = client(viaProxy(proxy), new SeqStore(dataDir), recorder, "IN-D", new AtomicInteger());
        client.start();
        await().atMost(PATIENCE).until(client::connected);

        long stalledAt = System.nanoTime();
        proxy.stall();
        await().atMost(Duration.ofSeconds(3)).until(() -> !recorder.disconnects.isEmpty());
        Duration detected = Duration.ofNanos(recorder.disconnectNanos.get(0) - stalledAt);

        assertThat(recorder.disconnects.get(0)).contains("no pong");
        assertThat(detected)
                .isLessThan(FAST.pingInterval().plus(FAST.pongTimeout()).plusMillis(500));
        proxy.restore();
        await().atMost(PATIENCE).until(client::connected);
    }

    @Test
    void aRefusedTokenIsRenewedThroughTheUnauthorizedHandlerAndTheClientConnects() {
        AuthSession session =
                new AuthSession(new ServerApi(server.endpoint()), ServerFixture.ADMIN, ServerFixture.PASSWORD, "IN-E");
        session.login();
        String revoked = session.api().token().orElseThrow();
        assertThat(server.server()
                        .api()
                        .post("/api/v1/auth/logout", revoked, "")
                        .statusCode())
                .isEqualTo(204);
        List<String> refused = new CopyOnWriteArrayList<>();
        Recorder recorder = new Recorder();
        RealtimeClient client = new RealtimeClient(
                server.endpoint(),
                () -> session.api().token().orElse(null),
                new SeqStore(dataDir),
                new RealtimeClient.StationInfo("IN-E", "ParkingIN", () -> 0),
                Clock.systemUTC(),
                scheduler,
                FAST);
        toClose.add(client);
        client.addListener(recorder);
        client.setUnauthorizedHandler(token -> {
            refused.add(token);
            session.renew(token);
        });

        client.start();

        await().atMost(PATIENCE).until(client::connected);
        assertThat(refused).containsExactly(revoked);
        assertThat(recorder.disconnects).hasSize(1).allMatch(reason -> reason.contains("401"));
    }

    private RealtimeClient client(
            ServerEndpoint endpoint, SeqStore seqs, Recorder recorder, String station, AtomicInteger pending) {
        RealtimeClient client = new RealtimeClient(
                endpoint,
                () -> api.token().orElse(null),
                seqs,
                new RealtimeClient.StationInfo(
                        station, station.startsWith("OUT") ? "ParkingOut" : "ParkingIN", pending::get),
                Clock.systemUTC(),
                scheduler,
                FAST);
        client.addListener(recorder);
        toClose.add(client);
        return client;
    }

    private TcpProxy proxy() throws IOException {
        TcpProxy proxy = TcpProxy.start("127.0.0.1", server.port());
        toClose.add(0, proxy);
        return proxy;
    }

    private static ServerEndpoint viaProxy(TcpProxy proxy) {
        return ServerEndpoint.of("http://127.0.0.1:" + proxy.port());
    }

    /** Posts entries through the API (directly, never through a proxy); returns their display plates in order. */
    static List<String> postEntries(int count) {
        List<String> plates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EntryRequest entry = ServerFixture.newEntry();
            assertThat(api.postEntry(entry).isOk()).isTrue();
            plates.add(entry.plate());
        }
        return plates;
    }

    private static Optional<JsonNode> station(String code) {
        TestApi admin = server.server().api();
        JsonNode stations =
                TestApi.parse(admin.get("/api/v1/stations", api.token().orElseThrow()));
        return StreamSupport.stream(stations.spliterator(), false)
                .filter(station -> code.equals(station.path("code").asText()))
                .findFirst();
    }
}
