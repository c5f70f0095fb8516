package id.sistemparkir.client.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.contract.TariffDto;
import id.sistemparkir.core.contract.TariffRateDto;
import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.contract.TicketKeysResponse;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.tariff.TariffSchedule;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
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
    void theStationMakesItsOwnKeyOnceAndKeepsItOwnerOnly() throws Exception {
        String keyId = new TicketKeyStore(dataDir).signer().keyId();

        TicketKeyStore restarted = new TicketKeyStore(dataDir);

        assertThat(restarted.signer().keyId()).isEqualTo(keyId);
        assertThat(new TicketKeyStore(Files.createTempDirectory(dataDir, "other"))
                        .signer()
                        .keyId())
                .isNotEqualTo(keyId);
        Path file = dataDir.resolve("secrets").resolve("ticket-key");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void aDamagedKeyFileIsAnErrorNotASilentNewKey() throws Exception {
        new TicketKeyStore(dataDir).signer();
        Path file = dataDir.resolve("secrets").resolve("ticket-key");
        Files.writeString(file, "garbage");

        assertThatThrownBy(() -> new TicketKeyStore(dataDir).signer()).hasMessageContaining("damaged");
        assertThat(Files.readString(file)).isEqualTo("garbage");
    }

    @Test
    void theKeyRingIsCachedAndARotatedKeySignsOnceTheServerListsIt() {
        TicketKeyStore store = new TicketKeyStore(dataDir);
        TicketSigner current = store.signer();
        TicketSigner next = store.stationKey().nextSigner();
        String ticket = current.sign(new TicketData(UUID.randomUUID(), "IN1", VehicleType.MOBIL, Instant.now()));
        store.update(new TicketKeysResponse(List.of(dto(current))));

        TicketKeyStore restarted = new TicketKeyStore(dataDir);
        assertThat(restarted.ring().verify(ticket).signer()).isEqualTo("IN1");
        assertThat(restarted.enrolled()).isTrue();
        assertThat(restarted.signer().keyId()).isEqualTo(current.keyId()); // next not enrolled yet: not used

        restarted.update(new TicketKeysResponse(List.of(dto(current), dto(next))));

        assertThat(restarted.signer().keyId()).isEqualTo(next.keyId());
        assertThat(new TicketKeyStore(dataDir).signer().keyId()).isEqualTo(next.keyId());
        assertThat(restarted.ring().verify(ticket).keyId()).isEqualTo(current.keyId()); // old tickets still verify
        assertThat(restarted.stationKey().pendingNext()).isEmpty();
    }

    private static TicketKeyDto dto(TicketSigner signer) {
        return new TicketKeyDto(
                signer.keyId(), "IN1", Ed25519Keys.encodePublic(signer.publicKey()), Instant.now(), null, null);
    }
}
