package id.sistemparkir.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerFixture;
import id.sistemparkir.core.contract.EntryRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server restart as a lane sees it: the same port, the same database, a new process. */
class RealtimeRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    private ServerFixture server;
    private ScheduledExecutorService scheduler;
    private RealtimeClient client;

    @BeforeEach
    void start() {
        server = ServerFixture.start();
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        scheduler.shutdownNow();
        server.close();
    }

    @Test
    void reconnectsAfterTheServerRestartsAndResumesTheStream() {
        ServerApi api = server.loggedInApi();
        Recorder recorder = new Recorder();
        client = new RealtimeClient(
                server.endpoint(),
                () -> api.token().orElse(null),
                new SeqStore(dataDir),
                new RealtimeClient.StationInfo("IN-R", "ParkingIN", () -> 0),
                Clock.systemUTC(),
                scheduler,
                RealtimeClientTest.FAST);
        client.addListener(recorder);
        client.start();
        await().atMost(PATIENCE).until(client::connected);
        EntryRequest before = ServerFixture.newEntry();
        api.postEntry(before);
        await().atMost(PATIENCE).until(() -> recorder.enteredPlates().contains(before.plate()));

        server.stop();
        await().atMost(Duration.ofSeconds(1)).until(() -> !recorder.disconnects.isEmpty());
        server.restart();

        await().atMost(PATIENCE).until(() -> recorder.hellos.size() == 2 && client.connected());
        EntryRequest after = ServerFixture.newEntry();
        assertThat(api.postEntry(after).isOk())
                .as("the token survives the restart")
                .isTrue();
        await().atMost(PATIENCE).until(() -> recorder.enteredPlates().contains(after.plate()));
        assertThat(recorder.enteredPlates()).containsExactly(before.plate(), after.plate());
        assertThat(recorder.seqs()).isSorted().doesNotHaveDuplicates();
    }
}
