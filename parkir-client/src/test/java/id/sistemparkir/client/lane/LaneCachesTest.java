package id.sistemparkir.client.lane;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.contract.TariffDto;
import id.sistemparkir.core.contract.TariffRateDto;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.tariff.TariffSchedule;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an offline lane relies on after a restart: the vehicles inside, the tariffs, the ticket key. */
class LaneCachesTest {

    @TempDir
    Path dataDir;

    private static SessionView session(UUID id, String plate, String status) {
        return new SessionView(
                id,
                "T1CODE",
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
                false,
                false);
    }

    @Test
    void vehiclesInsideSurviveARestartAndFollowTheRealtimeStream() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        InsideCache cache = new InsideCache(dataDir);
        cache.replaceAll(List.of(session(a, "B1234XYZ", "ACTIVE"), session(b, "B9999ZZ", "ACTIVE")));
        JsonNode exited = Json.mapper().valueToTree(session(b, "B9999ZZ", "EXITED"));
        cache.onEvent(new RealtimeFrame.Event(7, "vehicle.exited", exited));
        cache.flush();

        InsideCache restarted = new InsideCache(dataDir);

        assertThat(restarted.byId(a)).isPresent();
        assertThat(restarted.byId(b)).isEmpty();
        assertThat(restarted.byPlatePrefix("B12")).extracting(SessionView::id).containsExactly(a);
        assertThat(restarted.size()).isEqualTo(1);
    }

    @Test
    void anUnreadableCacheIsIgnoredNotFatal() throws Exception {
        Files.createDirectories(dataDir.resolve("cache"));
        Files.writeString(dataDir.resolve("cache").resolve("vehicles-inside.json"), "{not json");

        assertThat(new InsideCache(dataDir).size()).isZero();
    }

    @Test
    void tariffsAreKeptForOfflinePricingAndDefaultBeforeTheFirstDownload() {
        assertThat(new TariffCache(dataDir).schedule()).isEqualTo(TariffSchedule.defaults());
        TariffRateDto rate = new TariffRateDto(0, 1, 1, 10, 5);
        TariffDto v2 = new TariffDto(
                2,
                Instant.parse("2026-01-01T00:00:00Z"),
                Map.of(VehicleType.MOTOR, rate, VehicleType.MOBIL, rate, VehicleType.TRUK, rate));
        TariffDto v1 = TariffDto.of(TariffSchedule.defaults().latest());

        new TariffCache(dataDir).update(List.of(v1, v2));

        assertThat(new TariffCache(dataDir).schedule().latest().version()).isEqualTo(2);
    }

    @Test
    void theTicketKeyIsStoredOwnerOnlyAndReadBack() throws Exception {
        String key = Base64.getEncoder().encodeToString(TicketSigner.newKey());
        new TicketKeyStore(dataDir).remember(key);

        TicketKeyStore restarted = new TicketKeyStore(dataDir);

        assertThat(restarted.signer()).isPresent();
        assertThat(restarted.signer().get().keyId())
                .isEqualTo(TicketSigner.fromBase64(key).keyId());
        Path file = dataDir.resolve("secrets").resolve("ticket-key");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }
}
