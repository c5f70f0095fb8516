package id.sistemparkir.server;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.testsupport.ServerProcess;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §2: a record the server confirmed survives {@code kill -9}. The real server runs as a process of its own;
 * lanes keep sending entries while it is killed (so the last confirmations are as fresh as they get), it is restarted
 * on the same data, and every entry that got its 201 must be there. Run on the embedded H2 database and on MariaDB.
 */
abstract class KillNineContract {

    /** Enough that a commit left in memory for even a few milliseconds is among them. */
    static final int CONFIRMED_BEFORE_KILL = 120;

    @TempDir
    Path dataDir;

    /** The database both server processes use; null for the embedded H2 database under the data dir. */
    protected abstract DatabaseConfig database();

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES) // two JVM starts and migrations on a loaded machine
    void everyEntryTheServerConfirmedIsThereAfterKillNineAndARestart() throws Exception {
        Set<UUID> confirmed = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        try (ServerProcess first = ServerProcess.start(dataDir.resolve("server"), database())) {
            String token = first.api().adminToken();
            ExecutorService lanes = Executors.newFixedThreadPool(3);
            for (int lane = 0; lane < 3; lane++) {
                String gate = "IN" + (lane + 1);
                lanes.submit(() -> keepEntering(first, token, gate, sent, confirmed));
            }
            await().atMost(Duration.ofMinutes(3)).until(() -> confirmed.size() >= CONFIRMED_BEFORE_KILL);
            first.kill();
            lanes.shutdown();
            assertThat(lanes.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        Set<UUID> afterKill = Set.copyOf(confirmed);

        try (ServerProcess second = ServerProcess.start(dataDir.resolve("server"), database())) {
            String token = second.api().adminToken();
            JsonNode inside = parse(second.api().get("/api/v1/vehicles/inside?limit=5000", token));
            Set<UUID> stored = new HashSet<>();
            inside.forEach(
                    session -> stored.add(UUID.fromString(session.get("id").asText())));

            assertThat(afterKill).hasSizeGreaterThanOrEqualTo(CONFIRMED_BEFORE_KILL);
            assertThat(stored)
                    .as(
                            "entries confirmed (201) before kill -9, of %d sent; server log:%n%s",
                            sent.get(), second.output())
                    .containsAll(afterKill);
        }
    }

    /** One lane: entries one after the other until the server is gone. */
    private static void keepEntering(
            ServerProcess server, String token, String gate, AtomicInteger sent, Set<UUID> ok) {
        while (true) {
            int n = sent.incrementAndGet();
            EntryRequest entry = new EntryRequest(
                    UUID.randomUUID(),
                    null,
                    "B " + (1 + n % 9999) + " KL",
                    VehicleType.MOBIL,
                    gate,
                    Instant.now().minusSeconds(5),
                    false,
                    false);
            try {
                HttpResponse<String> response = server.api().post("/api/v1/entries", token, json(entry));
                if (response.statusCode() == 201) {
                    ok.add(entry.id());
                }
            } catch (UncheckedIOException | IllegalStateException gone) {
                return;
            }
        }
    }
}
