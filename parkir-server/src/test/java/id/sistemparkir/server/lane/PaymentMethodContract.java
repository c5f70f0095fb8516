package id.sistemparkir.server.lane;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Payment methods are a closed set the administrator extends; the server refuses any other (H2 and MariaDB). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PaymentMethodContract {

    private static final List<String> BUILT_IN =
            List.of("CASH", "QRIS", "DEBIT", "EMONEY", "MEMBER", "UNABLE_TO_COLLECT");

    private TestDatabase database;
    private TestServer server;
    private TestApi api;
    private String admin;
    private String operator;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startServer() {
        database = createDatabase();
        server = TestServer.start(database.config());
        api = server.api();
        admin = api.adminToken();
        HttpResponse<String> created = api.post(
                "/api/v1/users",
                admin,
                json(Map.of("username", "pay-op", "password", "Pay-Operator-Pass-1", "role", "OPERATOR")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        operator = api.login("pay-op", "Pay-Operator-Pass-1");
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

    private UUID enter(String plate) {
        UUID id = UUID.randomUUID();
        HttpResponse<String> response = api.post(
                "/api/v1/entries",
                operator,
                json(new EntryRequest(
                        id, null, plate, VehicleType.MOTOR, "IN1", now().minusSeconds(60), false, false)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    private ExitRequest exit(UUID entryId, String method) {
        return new ExitRequest(UUID.randomUUID(), null, entryId, null, "OUT1", now(), 0, 0, method, false, false);
    }

    private List<String> methods() {
        HttpResponse<String> response = api.get("/api/v1/payment-methods", operator);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(parse(response).get("methods").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private HttpResponse<String> setMethods(List<String> wanted) {
        return api.put("/api/v1/settings", admin, json(Map.of("paymentMethods", wanted)));
    }

    private String status(UUID sessionId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT status FROM parking_sessions WHERE id = :id")
                .bind("id", sessionId.toString())
                .mapTo(String.class)
                .one());
    }

    @Test
    void anUnknownMethodIsRefusedAndNothingIsStored() {
        UUID session = enter("B 5501 PM");
        ExitRequest bitcoin = exit(session, "BITCOIN");

        HttpResponse<String> response = api.post("/api/v1/exits", operator, json(bitcoin));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).get("error").asText()).isEqualTo("invalid_payment_method");
        assertThat(parse(response).get("message").asText()).contains("BITCOIN").contains("QRIS");
        assertThat(status(session)).isEqualTo("ACTIVE");
        long stored = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request_ids WHERE id = :id")
                .bind("id", bitcoin.id().toString())
                .mapTo(Long.class)
                .one());
        assertThat(stored).isZero();
    }

    @Test
    void everyBuiltInMethodIsAcceptedInAnyCase() {
        assertThat(methods()).containsAll(BUILT_IN);
        for (String method : BUILT_IN) {
            UUID session = enter("B 5502 PM");
            HttpResponse<String> response =
                    api.post("/api/v1/exits", operator, json(exit(session, method.toLowerCase())));
            assertThat(response.statusCode()).as(method + " " + response.body()).isEqualTo(201);
            assertThat(parse(response).get("paymentMethod").asText()).isEqualTo(method);
        }
    }

    @Test
    void theAdministratorAddsAMethodLanesThenUseAndAReplayStaysAnsweredAfterItIsRemoved() {
        HttpResponse<String> added = setMethods(List.of("VOUCHER"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(parse(added).get("paymentMethods").toString()).contains("VOUCHER", "CASH");
        assertThat(methods()).containsAll(BUILT_IN).contains("VOUCHER");
        ExitRequest voucher = exit(enter("B 5503 PM"), "voucher");
        assertThat(api.post("/api/v1/exits", operator, json(voucher)).statusCode())
                .isEqualTo(201);

        assertThat(setMethods(List.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = api.post("/api/v1/exits", operator, json(voucher));
        HttpResponse<String> fresh = api.post("/api/v1/exits", operator, json(exit(enter("B 5504 PM"), "VOUCHER")));

        assertThat(methods()).containsExactlyElementsOf(BUILT_IN);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(parse(replay).get("duplicate").asBoolean()).isTrue();
        assertThat(fresh.statusCode()).isEqualTo(400);
    }

    @Test
    void badOrReservedAdditionsAreRefusedAndChangeNothing() {
        List<String> before = methods();
        for (List<String> bad : List.of(List.of("BIT COIN"), List.of("BACKOFFICE"), List.of("X"))) {
            HttpResponse<String> response = setMethods(bad);
            assertThat(response.statusCode()).as(bad.toString()).isEqualTo(400);
            assertThat(parse(response).get("error").asText()).isEqualTo("invalid_payment_method");
        }
        assertThat(methods()).isEqualTo(before);
    }

    @Test
    void anExitByPlateWithoutItsTicketIsListedForTheBackOfficeALostTicketOrAScannedOneIsNot() {
        UUID notPresented = enter("B 5505 PM");
        UUID lost = enter("B 5506 PM");
        assertThat(api.post("/api/v1/exits", operator, json(exit(notPresented, "CASH")))
                        .statusCode())
                .isEqualTo(201);
        ExitRequest lostTicket = new ExitRequest(
                UUID.randomUUID(), null, lost, null, "OUT1", now(), 20_000, 20_000, "CASH", true, false);
        HttpResponse<String> lostExit = api.post("/api/v1/exits", operator, json(lostTicket));
        assertThat(lostExit.statusCode()).as(lostExit.body()).isEqualTo(201);

        HttpResponse<String> reviews = api.get("/api/v1/reviews?kind=TICKET_NOT_PRESENTED", admin);

        assertThat(reviews.statusCode()).as(reviews.body()).isEqualTo(200);
        List<String> sessions = StreamSupport.stream(parse(reviews).spliterator(), false)
                .map(n -> n.get("sessionId").asText())
                .toList();
        assertThat(sessions).contains(notPresented.toString()).doesNotContain(lost.toString());
    }

    @Test
    void onlyAnAdministratorChangesTheSet() {
        HttpResponse<String> response =
                api.put("/api/v1/settings", operator, json(Map.of("paymentMethods", List.of("VOUCHER"))));

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
