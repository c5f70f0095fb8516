package id.sistemparkir.server.lane;

import static id.sistemparkir.server.lane.LaneRequests.exitByTicket;
import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.Jpegs;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Short codes on the server (decision 0016): stored with the session, found in every typed form, collisions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShortCodeContract {

    private TestDatabase database;
    private TestServer server;
    private TestApi api;
    private String token;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startServer() {
        database = createDatabase();
        server = TestServer.start(database.config());
        api = server.api();
        token = api.adminToken();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private JsonNode enter(UUID id, String plate) {
        HttpResponse<String> response = api.post(
                "/api/v1/entries",
                token,
                json(new EntryRequest(
                        id, null, plate, VehicleType.MOBIL, "IN1", now().minusSeconds(60), false, false)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response);
    }

    private List<JsonNode> inside(String typed) {
        HttpResponse<String> response =
                api.get("/api/v1/vehicles/inside?shortCode=" + typed.replace(" ", "%20"), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(parse(response).spliterator(), false).toList();
    }

    /** An id whose first 40 bits (the short code) are those of {@code base}, the rest random. */
    private static UUID sameShortCodeAs(UUID base) {
        UUID random = UUID.randomUUID();
        long high = (base.getMostSignificantBits() & 0xFFFF_FFFF_FF00_0000L)
                | (random.getMostSignificantBits() & 0x0000_0000_00FF_FFFFL);
        return new UUID(high, random.getLeastSignificantBits());
    }

    @Test
    void everyTypedFormFindsTheSameVehicleAndTheSessionKeepsItsCode() {
        UUID id = UUID.randomUUID();
        enter(id, "B 4401 SC");
        String code = ShortCode.of(id);
        String plain = code.replace("-", "");
        String misread = code.replace('0', 'O').replace('1', 'I').toLowerCase(Locale.ROOT);

        for (String typed : List.of(
                code, plain, plain.toLowerCase(Locale.ROOT), misread, code.substring(0, 4) + " " + code.substring(5))) {
            List<JsonNode> found = inside(typed);
            assertThat(found).as(typed).hasSize(1);
            assertThat(found.get(0).get("id").asText()).isEqualTo(id.toString());
            assertThat(found.get(0).get("shortCode").asText()).isEqualTo(code);
            assertThat(found.get(0).get("entryPhoto").asBoolean()).isFalse();
            HttpResponse<String> ticket = api.get("/api/v1/tickets/" + typed.replace(" ", "%20"), token);
            assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(200);
            assertThat(parse(ticket).get("id").asText()).isEqualTo(id.toString());
        }
        String stored = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT short_code FROM parking_sessions WHERE id = :id")
                        .bind("id", id.toString())
                        .mapTo(String.class)
                        .one());
        assertThat(stored).isEqualTo(code);
    }

    @Test
    void anExitedVehicleIsNoLongerFoundByItsShortCode() {
        UUID id = UUID.randomUUID();
        JsonNode entry = enter(id, "B 4402 SC");
        HttpResponse<String> exit = api.post(
                "/api/v1/exits",
                token,
                json(exitByTicket(entry.get("ticketCode").asText(), now(), 0)));
        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(201);

        assertThat(inside(ShortCode.of(id))).isEmpty();
        HttpResponse<String> ticket = api.get("/api/v1/tickets/" + ShortCode.of(id), token);
        assertThat(ticket.statusCode()).isEqualTo(404);
        assertThat(parse(ticket).get("error").asText()).isEqualTo("unknown_ticket");
    }

    @Test
    void twoVehiclesInsideWithOneShortCodeAreBothCandidatesAndTheLookupAsksToChoose() {
        UUID first = UUID.randomUUID();
        UUID second = sameShortCodeAs(first);
        String code = ShortCode.of(first);
        assertThat(ShortCode.of(second)).isEqualTo(code);
        enter(first, "B 4403 SC");
        enter(second, "B 4404 SC");
        assertThat(api.putBytes("/api/v1/photos/" + first + "?kind=IN", token, "image/jpeg", Jpegs.valid())
                        .statusCode())
                .isEqualTo(201);

        List<JsonNode> candidates = inside(code);
        HttpResponse<String> ticket = api.get("/api/v1/tickets/" + code, token);

        assertThat(candidates)
                .extracting(n -> n.get("id").asText())
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(candidates)
                .filteredOn(n -> n.get("id").asText().equals(first.toString()))
                .allMatch(n -> n.get("entryPhoto").asBoolean());
        assertThat(ticket.statusCode()).isEqualTo(409);
        assertThat(parse(ticket).get("error").asText()).isEqualTo("ambiguous_short_code");
        // Only the first holds the code among the vehicles inside (the unique column); the second is the collision.
        assertThat(activeHolder(code)).containsExactly(first.toString());
    }

    @Test
    void afterTheHolderLeavesTheOtherVehicleIsTheOnlyCandidate() {
        UUID first = UUID.randomUUID();
        UUID second = sameShortCodeAs(first);
        String code = ShortCode.of(first);
        JsonNode entry = enter(first, "B 4405 SC");
        enter(second, "B 4406 SC");
        assertThat(api.post(
                                "/api/v1/exits",
                                token,
                                json(exitByTicket(entry.get("ticketCode").asText(), now(), 0)))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> ticket = api.get("/api/v1/tickets/" + code.toLowerCase(Locale.ROOT), token);

        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(200);
        assertThat(parse(ticket).get("id").asText()).isEqualTo(second.toString());
        assertThat(activeHolder(code)).isEmpty();
    }

    @Test
    void textThatCannotBeAShortCodeIsRefused() {
        HttpResponse<String> response = api.get("/api/v1/vehicles/inside?shortCode=K7QM-4XTU", token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).get("error").asText()).isEqualTo("invalid_short_code");
    }

    private List<String> activeHolder(String code) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT id FROM parking_sessions WHERE active_short_code = :code")
                        .bind("code", code)
                        .mapTo(String.class)
                        .list());
    }
}
