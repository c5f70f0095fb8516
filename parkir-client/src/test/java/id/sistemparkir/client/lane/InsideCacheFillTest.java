package id.sistemparkir.client.lane;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot loaded while the stream runs never brings back a vehicle that exited meanwhile (issue 7, item 13). */
class InsideCacheFillTest {

    @TempDir
    Path dataDir;

    private static SessionView session(UUID id, String plate, String status, boolean offlineEntry) {
        return new SessionView(
                id,
                "T-" + plate,
                plate,
                plate,
                VehicleType.MOBIL,
                status,
                "IN1",
                Instant.parse("2026-11-25T01:00:00Z"),
                null,
                null,
                null,
                null,
                false,
                offlineEntry,
                false);
    }

    private static RealtimeFrame.Event event(long seq, String name, SessionView session) {
        return new RealtimeFrame.Event(seq, name, Json.mapper().valueToTree(session));
    }

    @Test
    void anExitThatArrivesWhileThePageHoldingItsVehicleIsLoadedWins() {
        UUID exited = UUID.randomUUID();
        UUID stays = UUID.randomUUID();
        UUID enteredMeanwhile = UUID.randomUUID();
        InsideCache cache = new InsideCache(dataDir);

        cache.beginFill();
        // The stream tells of an exit before the page (read earlier) that still shows the car inside is added.
        cache.onEvent(event(41, "vehicle.exited", session(exited, "B1X", "EXITED", false)));
        cache.onEvent(event(42, "vehicle.entered", session(enteredMeanwhile, "B3E", "ACTIVE", false)));
        cache.fillPage(List.of(session(exited, "B1X", "ACTIVE", false), session(stays, "B2S", "ACTIVE", false)));
        cache.finishFill();

        assertThat(cache.byId(exited)).isEmpty();
        assertThat(cache.byId(stays)).isPresent();
        assertThat(cache.byId(enteredMeanwhile)).isPresent();
        assertThat(new InsideCache(dataDir).size()).isEqualTo(2);
    }

    @Test
    void aFillReplacesWhatTheServerNoLongerHasButKeepsThisLanesOwnOfflineEntries() {
        UUID gone = UUID.randomUUID();
        UUID ownOffline = UUID.randomUUID();
        UUID fromServer = UUID.randomUUID();
        InsideCache cache = new InsideCache(dataDir);
        cache.put(session(gone, "B1G", "ACTIVE", false));
        cache.put(session(ownOffline, "B2O", "ACTIVE", true));

        cache.replaceAll(List.of(session(fromServer, "B3F", "ACTIVE", false)));

        assertThat(cache.byId(gone)).isEmpty();
        assertThat(cache.byId(ownOffline)).isPresent();
        assertThat(cache.byId(fromServer)).isPresent();
    }

    @Test
    void anAbandonedFillLeavesTheCacheAsItWasWithTheStreamsChanges() {
        UUID kept = UUID.randomUUID();
        UUID leaves = UUID.randomUUID();
        InsideCache cache = new InsideCache(dataDir);
        cache.replaceAll(List.of(session(kept, "B1K", "ACTIVE", false), session(leaves, "B2L", "ACTIVE", false)));

        cache.beginFill();
        cache.fillPage(List.of());
        cache.onEvent(event(7, "vehicle.exited", session(leaves, "B2L", "EXITED", false)));
        cache.abandonFill();

        assertThat(cache.byId(kept)).isPresent();
        assertThat(cache.byId(leaves)).isEmpty();
    }
}
