package id.sistemparkir.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerFixture;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.server.realtime.EventLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lane whose saved seq is older than the server's retained event log: it is told to resync, its listeners hear it
 * before any later event, and its seq moves on, so the next start does not ask for the missing events again.
 */
class RealtimeResyncTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void aLaneBehindTheRetainedEventLogIsToldToReloadAndGoesOnFromTheServersSeq() throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try (ServerFixture server = ServerFixture.start()) {
            ServerApi api = server.loggedInApi();
            for (int i = 0; i < 3; i++) {
                assertThat(api.postEntry(ServerFixture.newEntry()).isOk()).isTrue();
            }
            EventLog eventLog = new EventLog(server.database().jdbi());
            long oldSeq = 1;
            eventLog.purgeOlderThan(Instant.now().plusSeconds(60), 1_000); // retention removed them all
            long latest = eventLog.latestSeq();
            SeqStore seqs = new SeqStore(dataDir);
            seqs.save(oldSeq);
            Recorder recorder = new Recorder();
            RealtimeClient client = new RealtimeClient(
                    server.endpoint(),
                    () -> api.token().orElse(null),
                    seqs,
                    new RealtimeClient.StationInfo("IN-RS", "ParkingIN", () -> 0),
                    Clock.systemUTC(),
                    scheduler,
                    RealtimeClientTest.FAST);
            client.addListener(recorder);
            try (client) {
                client.start();
                await().atMost(PATIENCE).until(() -> !recorder.resyncs.isEmpty());
                EntryRequest after = ServerFixture.newEntry();
                assertThat(api.postEntry(after).isOk()).isTrue();
                await().atMost(PATIENCE).until(() -> recorder.enteredPlates().contains(after.plate()));

                assertThat(recorder.resyncs).singleElement().satisfies(r -> assertThat(r.seq())
                        .isEqualTo(latest));
                assertThat(recorder.seqs()).allMatch(seq -> seq > latest);
                await().atMost(PATIENCE).until(() -> seqs.load() > latest);
            }
        } finally {
            scheduler.shutdownNow();
        }
    }
}
