package id.sistemparkir.server.realtime;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The realtime promise through the real server: what one lane records, another sees at once. */
class LaneEventsEndToEndTest {

    private TestDatabase database;
    private TestServer server;
    private String token;

    @BeforeEach
    void start() {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        token = server.api().adminToken();
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void entryAndExitArriveAsEventsAndAReconnectingSubscriberGetsWhatItMissed() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long since;
        try (WsTestClient lane = WsTestClient.connect(URI.create(server.wsUrl()), token)) {
            since = lane.awaitFrame(WsTestClient.type("hello")).get("seq").asLong();
            lane.send("{\"type\":\"subscribe\",\"since\":" + since + "}");

            EntryRequest entry = new EntryRequest(
                    UUID.randomUUID(), null, "B 1 RT", VehicleType.MOBIL, "IN1", now.minusSeconds(700), false, false);
            String code = parse(server.api().post("/api/v1/entries", token, json(entry)))
                    .get("ticketCode")
                    .asText();

            JsonNode entered = lane.awaitFrame(
                    f -> "vehicle.entered".equals(f.path("event").asText()));
            assertThat(entered.get("data").get("plate").asText()).isEqualTo("B1RT");
            assertThat(entered.get("data").get("ticketCode").asText()).isEqualTo(code);
            since = entered.get("seq").asLong();
        }

        // While nobody listens, the car leaves.
        ExitRequest exit =
                new ExitRequest(UUID.randomUUID(), code(), null, null, "OUT1", now, 5_000, 5_000, "CASH", false, false);
        assertThat(server.api().post("/api/v1/exits", token, json(exit)).statusCode())
                .isEqualTo(201);

        try (WsTestClient back = WsTestClient.connect(URI.create(server.wsUrl()), token)) {
            back.awaitFrame(WsTestClient.type("hello"));
            back.send("{\"type\":\"subscribe\",\"since\":" + since + "}");

            JsonNode exited =
                    back.awaitFrame(f -> "vehicle.exited".equals(f.path("event").asText()));
            assertThat(exited.get("seq").asLong()).isEqualTo(since + 1);
            assertThat(exited.get("data").get("status").asText()).isEqualTo("EXITED");
            assertThat(back.eventSeqs()).containsExactly(since + 1);
        }
    }

    private String code() {
        JsonNode inside = parse(server.api().get("/api/v1/vehicles/inside?plate=B1RT", token));
        return inside.get(0).get("ticketCode").asText();
    }

    @Test
    void aTariffChangeIsAnEvent() {
        try (WsTestClient admin = WsTestClient.connect(URI.create(server.wsUrl()), token)) {
            long since = admin.awaitFrame(WsTestClient.type("hello")).get("seq").asLong();
            admin.send("{\"type\":\"subscribe\",\"since\":" + since + "}");
            String rate = "{\"graceSeconds\":600,\"firstHour\":3000,\"nextHour\":2000,\"maxPerDay\":20000,"
                    + "\"lostTicket\":25000}";
            String body = "{\"effectiveFrom\":\"" + Instant.now().plusSeconds(3600) + "\",\"rates\":{\"MOTOR\":" + rate
                    + ",\"MOBIL\":" + rate + ",\"TRUK\":" + rate + "}}";
            assertThat(server.api().put("/api/v1/tariffs", token, body).statusCode())
                    .isEqualTo(200);

            JsonNode event = admin.awaitFrame(
                    f -> "tariff.updated".equals(f.path("event").asText()));
            assertThat(event.get("data").get("version").asInt()).isEqualTo(2);
        }
    }
}
