package id.sistemparkir.server.backoffice;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The shared set-up of the back-office API tests: the real server on a real database, an admin, a supervisor and an
 * operator, and lane calls to make sessions. Tests share one database, so each uses its own plates and gates, and
 * assertions on totals are differences across the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackOfficeApiContract {

    static final String PASSWORD = "BackOffice-Pass-1";
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    protected TestDatabase database;
    protected TestServer server;
    protected TestApi api;
    protected MutableClock clock;
    protected String admin;
    protected String supervisor;
    protected String operator;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() {
        database = createDatabase();
        // Noon in the garage's zone today: "today" has half a day of room on either side of every test's times.
        clock = new MutableClock(
                LocalDate.now(JAKARTA).atTime(12, 0).atZone(JAKARTA).toInstant());
        server = TestServer.start(database.config(), clock);
        api = server.api();
        admin = api.adminToken();
        createUser("supervisor-bo", "SUPERVISOR");
        createUser("operator-bo", "OPERATOR");
        supervisor = api.login("supervisor-bo", PASSWORD);
        operator = login("operator-bo", "IN-BO");
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

    void createUser(String username, String role) {
        HttpResponse<String> created = api.post(
                "/api/v1/users", admin, json(Map.of("username", username, "password", PASSWORD, "role", role)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Logs in from a station, as a lane does. */
    String login(String username, String station) {
        HttpResponse<String> response = api.post(
                "/api/v1/auth/login",
                null,
                json(Map.of("username", username, "password", PASSWORD, "station", station)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response).get("token").asText();
    }

    Instant now() {
        return clock.instant();
    }

    JsonNode entry(String plate, VehicleType type, String gate, Instant at) {
        HttpResponse<String> response = api.post(
                "/api/v1/entries",
                operator,
                json(new EntryRequest(UUID.randomUUID(), null, plate, type, gate, at, false, false)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response);
    }

    JsonNode exit(JsonNode entry, Instant at, long fee, long paid, String method, boolean lostTicket) {
        HttpResponse<String> response = postExit(entry, at, fee, paid, method, lostTicket);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response);
    }

    /** The exit of {@code entry}'s ticket at gate OUT-BO, whatever the server answers. */
    HttpResponse<String> postExit(JsonNode entry, Instant at, long fee, long paid, String method, boolean lost) {
        return api.post(
                "/api/v1/exits",
                operator,
                json(new ExitRequest(
                        UUID.randomUUID(),
                        entry.get("ticketCode").asText(),
                        null,
                        null,
                        "OUT-BO",
                        at,
                        fee,
                        paid,
                        method,
                        lost,
                        false)));
    }

    JsonNode get(String path, String token) {
        HttpResponse<String> response = api.get(path, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return parse(response);
    }

    JsonNode getAdmin(String path) {
        return get(path, admin);
    }

    HttpResponse<String> post(String path, String token, Object body) {
        return api.post(path, token, body instanceof String text ? text : json(body));
    }

    HttpResponse<String> put(String path, String token, Object body) {
        return api.put(path, token, body instanceof String text ? text : json(body));
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    long count(String sql, Object... args) {
        return database.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    /** Waits until the event log holds an event of that type whose payload contains {@code fragment}. */
    void awaitEvent(String type, String fragment) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "SELECT COUNT(*) FROM event_log WHERE event_type = ? AND payload LIKE ?",
                                type,
                                "%" + fragment + "%")
                        > 0);
    }
}
