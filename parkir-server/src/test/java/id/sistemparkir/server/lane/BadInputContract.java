package id.sistemparkir.server.lane;

import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused request answers its status and error code, and leaves the database exactly as it was. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputContract {

    private static final List<String> TABLES =
            List.of("parking_sessions", "request_ids", "pending_exits", "photos", "event_log", "tariff_versions");

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

    static Stream<Arguments> badRequests() {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String id = UUID.randomUUID().toString();
        String good = "{\"id\":\"" + id + "\",\"plate\":\"B 1234 XYZ\",\"vehicleType\":\"MOBIL\",\"gate\":\"IN1\","
                + "\"entryTime\":\"" + now + "\",\"offline\":false}";
        String exitBase = "{\"id\":\"" + UUID.randomUUID() + "\",\"entryId\":\"" + UUID.randomUUID()
                + "\",\"gate\":\"OUT1\",\"exitTime\":\"" + now + "\",\"paid\":0,\"paymentMethod\":\"CASH\","
                + "\"lostTicket\":false,\"offline\":false,";
        return Stream.of(
                Arguments.of("malformed JSON", "POST", "/api/v1/entries", "{\"id\":", 400, "invalid_json"),
                Arguments.of("empty body", "POST", "/api/v1/entries", "", 400, "invalid_json"),
                Arguments.of("JSON null", "POST", "/api/v1/entries", "null", 400, "invalid_json"),
                Arguments.of("array instead of object", "POST", "/api/v1/entries", "[]", 400, "invalid_field"),
                Arguments.of(
                        "plate as number",
                        "POST",
                        "/api/v1/entries",
                        good.replace("\"B 1234 XYZ\"", "1234"),
                        400,
                        "invalid_field"),
                Arguments.of(
                        "unknown vehicle class",
                        "POST",
                        "/api/v1/entries",
                        good.replace("MOBIL", "BUS"),
                        400,
                        "invalid_field"),
                Arguments.of(
                        "invalid plate",
                        "POST",
                        "/api/v1/entries",
                        good.replace("B 1234 XYZ", "B 0123 XYZ"),
                        400,
                        "invalid_plate"),
                Arguments.of(
                        "garbage plate",
                        "POST",
                        "/api/v1/entries",
                        good.replace("B 1234 XYZ", "<script>"),
                        400,
                        "invalid_plate"),
                Arguments.of(
                        "missing plate",
                        "POST",
                        "/api/v1/entries",
                        good.replace("\"plate\":\"B 1234 XYZ\",", ""),
                        400,
                        "invalid_field"),
                Arguments.of(
                        "unknown field",
                        "POST",
                        "/api/v1/entries",
                        good.replace("{", "{\"plat\":\"x\","),
                        400,
                        "invalid_field"),
                Arguments.of(
                        "id not a UUID",
                        "POST",
                        "/api/v1/entries",
                        good.replace(id, "../../etc/passwd"),
                        400,
                        "invalid_field"),
                Arguments.of(
                        "time without offset",
                        "POST",
                        "/api/v1/entries",
                        good.replace(now, "2026-11-25T08:00:00"),
                        400,
                        "invalid_field"),
                Arguments.of(
                        "time far in the future",
                        "POST",
                        "/api/v1/entries",
                        good.replace(now, "2099-01-01T00:00:00Z"),
                        400,
                        "invalid_time"),
                Arguments.of(
                        "invalid gate",
                        "POST",
                        "/api/v1/entries",
                        good.replace("IN1", "IN 1/../"),
                        400,
                        "invalid_gate"),
                Arguments.of(
                        "forged ticket code",
                        "POST",
                        "/api/v1/entries",
                        good.replace("{", "{\"ticketCode\":\"T1AAAA-BBBB\","),
                        400,
                        "invalid_ticket"),
                Arguments.of(
                        "fee as text", "POST", "/api/v1/exits", exitBase + "\"fee\":\"abc\"}", 400, "invalid_field"),
                Arguments.of(
                        "fee as fraction", "POST", "/api/v1/exits", exitBase + "\"fee\":1.5}", 400, "invalid_field"),
                Arguments.of("negative fee", "POST", "/api/v1/exits", exitBase + "\"fee\":-1}", 400, "invalid_field"),
                Arguments.of(
                        "oversized body",
                        "POST",
                        "/api/v1/entries",
                        good.replace("{", "{\"x\":\"" + "a".repeat(1024 * 1024 + 10) + "\","),
                        413,
                        "payload_too_large"),
                Arguments.of(
                        "tariff with a missing class",
                        "PUT",
                        "/api/v1/tariffs",
                        "{\"effectiveFrom\":\"" + now + "\",\"rates\":{\"MOTOR\":{\"graceSeconds\":0,\"firstHour\":1,"
                                + "\"nextHour\":1,\"maxPerDay\":1,\"lostTicket\":1}}}",
                        400,
                        "invalid_field"),
                Arguments.of(
                        "unknown ticket lookup",
                        "GET",
                        "/api/v1/fees/quote?entryId=" + UUID.randomUUID(),
                        null,
                        404,
                        "unknown_ticket"),
                Arguments.of(
                        "bad boolean parameter",
                        "GET",
                        "/api/v1/fees/quote?entryId=x&lostTicket=yes",
                        null,
                        400,
                        "invalid_parameter"),
                Arguments.of(
                        "bad plate search", "GET", "/api/v1/vehicles/inside?plate=%25%27", null, 400, "invalid_plate"),
                Arguments.of("unknown endpoint", "GET", "/api/v1/nothing-here", null, 404, "not_found"));
    }

    /**
     * The server refuses an oversized body (413) and closes the connection while the client is still sending it; now
     * and then the close wins and the client never reads the answer ("header parser received no bytes"). Ask again,
     * as the hostile table does: the answer itself must still be the refusal.
     */
    private HttpResponse<String> sendAllowingTheEarlyClose(HttpRequest.Builder request, String body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return api.send(request);
            } catch (java.io.UncheckedIOException e) {
                if (body == null || body.length() <= 1024 * 1024 || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedAndChangesNothing(String name, String method, String path, String body, int status, String error) {
        List<Long> before = counts();

        HttpRequest.Builder request = api.builder(path, token);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = sendAllowingTheEarlyClose(request, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(parse(response).get("error").asText()).isEqualTo(error);
        assertThat(parse(response).get("message").asText()).isNotBlank();
        assertThat(counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "wrong content type on {0}")
    @MethodSource("writeEndpoints")
    void aBodyThatIsNotJsonIsRefused(String path) {
        List<Long> before = counts();
        HttpResponse<String> response = api.send(api.builder(path, token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("plate=B1")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).get("error").asText()).isEqualTo("unsupported_content_type");
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<String> writeEndpoints() {
        return Stream.of("/api/v1/entries", "/api/v1/exits");
    }

    private List<Long> counts() {
        return database.jdbi().withHandle(h -> TABLES.stream()
                .map(table -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class)
                        .one())
                .toList());
    }
}
