package id.sistemparkir.server.shift;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.MutableClock;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Shifts end to end (real server, real database): a lane login opens one, Tutup Shift closes it with the cash. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShiftApiContract {

    private static final String PASSWORD = "Kasir-Password-2026";

    private TestDatabase database;
    private TestServer server;
    private TestApi api;
    private String adminToken;
    private MutableClock clock;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() {
        database = createDatabase();
        clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));
        server = TestServer.start(database.config(), clock);
        api = server.api();
        adminToken = api.adminToken();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private String operator(String username, String role) {
        HttpResponse<String> created = api.post(
                "/api/v1/users", adminToken, json(Map.of("username", username, "password", PASSWORD, "role", role)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    private String login(String username, String station) {
        Map<String, String> body = new HashMap<>(Map.of("username", username, "password", PASSWORD));
        if (station != null) {
            body.put("station", station);
        }
        HttpResponse<String> response = api.post("/api/v1/auth/login", null, json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response).get("token").asText();
    }

    private JsonNode openShift(String token, int expectedStatus) {
        HttpResponse<String> response = api.post("/api/v1/shifts", token, "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return parse(response);
    }

    private void enterAndExit(String token, String plate, long fee, String method, boolean lostTicket) {
        Instant now = clock.instant();
        EntryRequest entry = new EntryRequest(
                UUID.randomUUID(), null, plate, VehicleType.MOBIL, "IN1", now.minusSeconds(3600), false, false);
        assertThat(api.post("/api/v1/entries", token, json(entry)).statusCode()).isEqualTo(201);
        ExitRequest exit = new ExitRequest(
                UUID.randomUUID(), null, entry.id(), null, "OUT1", now, fee, fee + 500, method, lostTicket, false);
        HttpResponse<String> exited = api.post("/api/v1/exits", token, json(exit));
        assertThat(exited.statusCode()).as(exited.body()).isEqualTo(201);
    }

    private long count(String sql, Object... args) {
        return database.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    @Test
    void aLaneLoginOpensOneShiftAndTheSecondAskAnswersTheSameOne() {
        String token = login(operator("kasir.satu", "OPERATOR"), "OUT-A");

        JsonNode opened = openShift(token, 201);
        JsonNode again = openShift(login("kasir.satu", "OUT-A"), 200);

        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.get("station").asText()).isEqualTo("OUT-A");
        assertThat(opened.get("username").asText()).isEqualTo("kasir.satu");
        assertThat(again.get("id").asText()).isEqualTo(opened.get("id").asText());
        assertThat(count("SELECT COUNT(*) FROM shifts WHERE username = 'kasir.satu'"))
                .isEqualTo(1);
    }

    @Test
    void twoLoginsAtOnceStillOpenOneShift() throws Exception {
        operator("kasir.race", "OPERATOR");
        String first = login("kasir.race", "OUT-R");
        String second = login("kasir.race", "OUT-R");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> a = () -> api.post("/api/v1/shifts", first, "{}").statusCode();
            Callable<Integer> b = () -> api.post("/api/v1/shifts", second, "{}").statusCode();
            Future<Integer> fa = pool.submit(a);
            Future<Integer> fb = pool.submit(b);
            assertThat(new int[] {fa.get(), fb.get()}).containsExactlyInAnyOrder(201, 200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM shifts WHERE username = 'kasir.race' AND status = 'OPEN'"))
                .isEqualTo(1);
    }

    @Test
    void aShiftCountsItsExitsAndTheCashAndClosesWithTheDifference() {
        String token = login(operator("kasir.dua", "OPERATOR"), "OUT-B");
        JsonNode shift = openShift(token, 201);
        String id = shift.get("id").asText();
        clock.advance(Duration.ofMinutes(5));
        enterAndExit(token, "B 1001 AA", 8000, "CASH", false);
        enterAndExit(token, "B 1002 AA", 11000, "CASH", false);
        enterAndExit(token, "B 1003 AA", 5000, "QRIS", false);
        enterAndExit(token, "B 1004 AA", 55000, "CASH", true);

        JsonNode current = parse(api.get("/api/v1/shifts/current", token));
        assertThat(current.get("summary").get("exits").asInt()).isEqualTo(4);
        assertThat(current.get("summary").get("cashExpected").asLong()).isEqualTo(74000);
        assertThat(current.get("summary").get("revenue").asLong()).isEqualTo(79000);
        assertThat(current.get("summary").get("lostTickets").asInt()).isEqualTo(1);
        JsonNode transactions = parse(api.get("/api/v1/shifts/" + id + "/transactions", token));
        assertThat(transactions).hasSize(4);
        assertThat(transactions.get(0).get("paymentMethod").asText()).isIn("CASH", "QRIS");

        clock.advance(Duration.ofHours(8));
        HttpResponse<String> closed = api.post(
                "/api/v1/shifts/" + id + "/close", token, json(Map.of("cashCounted", 73000, "note", "uang kurang")));

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode report = parse(closed);
        assertThat(report.get("status").asText()).isEqualTo("CLOSED");
        assertThat(report.get("cashCounted").asLong()).isEqualTo(73000);
        assertThat(report.get("cashDifference").asLong()).isEqualTo(-1000);
        assertThat(report.get("summary").get("cashExpected").asLong()).isEqualTo(74000);
        assertThat(report.get("summary").get("byMethod")).hasSize(2);
        assertThat(report.get("closedBy").asText()).isEqualTo("kasir.dua");
        assertThat(report.get("note").asText()).isEqualTo("uang kurang");
        assertThat(api.get("/api/v1/shifts/current", token).statusCode()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'shift.closed' AND target = ?", id))
                .isEqualTo(1);

        HttpResponse<String> twice =
                api.post("/api/v1/shifts/" + id + "/close", token, json(Map.of("cashCounted", 74000)));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(parse(twice).get("cashCounted").asLong())
                .as("the first close stands")
                .isEqualTo(73000);
    }

    @Test
    void anOtherOperatorsExitsAreNotInMyShift() {
        String mine = login(operator("kasir.tiga", "OPERATOR"), "OUT-C");
        String theirs = login(operator("kasir.empat", "OPERATOR"), "OUT-C");
        openShift(mine, 201);
        openShift(theirs, 201);
        enterAndExit(theirs, "B 2001 BB", 5000, "CASH", false);

        assertThat(parse(api.get("/api/v1/shifts/current", mine))
                        .get("summary")
                        .get("exits")
                        .asInt())
                .isZero();
    }

    @Test
    void anOperatorCannotSeeOrCloseAnotherOperatorsShiftButASupervisorCan() {
        String owner = login(operator("kasir.lima", "OPERATOR"), "OUT-D");
        String id = openShift(owner, 201).get("id").asText();
        String other = login(operator("kasir.enam", "OPERATOR"), "OUT-D");
        String supervisor = login(operator("spv.satu", "SUPERVISOR"), null);

        assertThat(api.get("/api/v1/shifts/" + id, other).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/shifts/" + id + "/close", other, json(Map.of("cashCounted", 0)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/shifts", other).statusCode()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM shifts WHERE id = ? AND status = 'OPEN'", id))
                .isEqualTo(1);

        JsonNode list = parse(api.get("/api/v1/shifts?station=OUT-D&status=OPEN", supervisor));
        assertThat(list).anySatisfy(s -> assertThat(s.get("id").asText()).isEqualTo(id));
        HttpResponse<String> closed =
                api.post("/api/v1/shifts/" + id + "/close", supervisor, json(Map.of("cashCounted", 0)));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(parse(closed).get("closedBy").asText()).isEqualTo("spv.satu");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String token = login(operator("kasir.tujuh", "OPERATOR"), "OUT-E");
        String id = openShift(token, 201).get("id").asText();
        String noStation = login("kasir.tujuh", null);

        assertThat(api.post("/api/v1/shifts", noStation, "{}").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/shifts/" + id + "/close", token, json(Map.of("cashCounted", -1)))
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/shifts/" + id + "/close", token, "{}").statusCode())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/shifts/" + id + "/close", token, json(Map.of("cashCounted", 0, "note", "a\nb")))
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/shifts/not-a-uuid", token).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/shifts/" + UUID.randomUUID(), token).statusCode())
                .isEqualTo(404);
        Instant future = clock.instant().plus(Duration.ofHours(1));
        assertThat(api.post("/api/v1/shifts", login("kasir.tujuh", "OUT-F"), json(Map.of("openedAt", future)))
                        .statusCode())
                .isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM shifts WHERE username = 'kasir.tujuh'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM shifts WHERE id = ? AND status = 'OPEN'", id))
                .isEqualTo(1);
    }

    @Test
    void aLaneThatStartedOfflineOpensItsShiftFromWhenItStarted() {
        String token = login(operator("kasir.delapan", "OPERATOR"), "OUT-G");
        Instant started = clock.instant().minus(Duration.ofMinutes(40));

        JsonNode shift = parse(api.post("/api/v1/shifts", token, json(Map.of("openedAt", started))));

        assertThat(Instant.parse(shift.get("openedAt").asText())).isEqualTo(started);
    }
}
