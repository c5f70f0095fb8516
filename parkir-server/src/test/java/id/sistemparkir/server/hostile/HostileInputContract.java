package id.sistemparkir.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.Jpegs;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hostile-input suite (issue 9), run on H2 and MariaDB: every case of {@link HostileCases} gets exactly its
 * expected status and error code in the one {@code {"error","message"}} shape, changes no business table, leaves the
 * server healthy (health 200 within 2 s), and answers with no stack trace, no secret and no more than a short echo.
 * Prints {@code cases=N passed=N} at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputContract {

    private static final Logger log = LoggerFactory.getLogger(HostileInputContract.class);

    /** No answer to a hostile case needs more than this (the largest legit error body is a few hundred bytes). */
    static final int MAX_ANSWER_CHARS = 2048;

    private static final List<String> NEVER_IN_AN_ANSWER = List.of(
            "\tat ",
            "Exception",
            "java.",
            "jackson",
            "org.eclipse",
            "jetty",
            "$",
            "<html",
            "<HTML",
            "$argon2",
            "\u0000",
            "\u001b");

    private TestDatabase database;
    private TestServer server;
    private Target target;
    private final List<HostileCase> cases = HostileCases.all();
    private final AtomicInteger run = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();
    private final Map<String, Integer> passedByCategory = new java.util.concurrent.ConcurrentSkipListMap<>();

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startServer() {
        database = createDatabase();
        server = TestServer.start(database.config());
        target = seed(server.api());
    }

    @AfterAll
    void stopServer() {
        String line = "hostile-input [" + (database == null ? "?" : database.label()) + "]: cases=" + run.get()
                + " passed=" + passed.get();
        log.info(line);
        System.out.println(line);
        passedByCategory.forEach((category, count) -> System.out.println("  " + category + ": " + count));
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    Stream<HostileCase> cases() {
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedChangesNothingAndLeavesTheServerHealthy(HostileCase hostile) throws Exception {
        run.incrementAndGet();
        Map<String, List<String>> before = Snapshot.take(database.jdbi());
        String stationsBefore = stations();

        Answer answer;
        try {
            answer = hostile.action().run(target);
        } catch (Exception e) {
            throw new AssertionError(hostile + ": no answer: " + e, e);
        }

        assertThat(answer.status()).as("%s: status of %s", hostile, answer).isEqualTo(hostile.status());
        if (hostile.error() != null) {
            assertThat(answer.json())
                    .as("%s: one JSON error shape: %s", hostile, answer)
                    .isPresent();
            assertThat(answer.error())
                    .as("%s: error code of %s", hostile, answer)
                    .isEqualTo(hostile.error());
            assertThat(answer.message()).as("message of %s", answer).isNotBlank();
            if (hostile.status() != Answer.FRAME) {
                assertThat(answer.contentType()).as("content type").startsWith("application/json");
            }
        }
        assertClean(hostile, answer);
        assertThat(Snapshot.take(database.jdbi()))
                .as("business tables after %s", hostile)
                .isEqualTo(before);
        assertThat(stations()).as("stations after %s", hostile).isEqualTo(stationsBefore);
        assertHealthy();
        passed.incrementAndGet();
        passedByCategory.merge(hostile.category(), 1, Integer::sum);
    }

    @org.junit.jupiter.api.Test
    void aRealPhotoIsStoredAndServedWithoutSniffing() {
        // Issue 9 item 10: photos were served without nosniff and judged by their first three bytes.
        String recordId = UUID.randomUUID().toString();
        Answer stored = HostileCases.photo(target, recordId, "image/jpeg", Jpegs.valid());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);

        HttpResponse<byte[]> photo = server.api()
                .sendBytes(server.api()
                        .builder("/api/v1/photos/" + recordId, target.operatorToken())
                        .GET());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(photo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(photo.body()).isEqualTo(Jpegs.valid());
        HttpResponse<String> error = server.api().get("/api/v1/photos/" + UUID.randomUUID(), target.operatorToken());
        assertThat(error.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private void assertClean(HostileCase hostile, Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        assertThat(body.length()).as("%s: bounded answer: %s", hostile, answer).isLessThanOrEqualTo(MAX_ANSWER_CHARS);
        assertThat(body).as("a long echo of the input").doesNotContain(HostileCases.LONG_TAIL);
        for (String forbidden : NEVER_IN_AN_ANSWER) {
            assertThat(body).as("%s in %s", forbidden, answer).doesNotContain(forbidden);
        }
        for (String secret : target.secrets()) {
            assertThat(body).as("a secret in %s", answer).doesNotContain(secret);
        }
    }

    private void assertHealthy() {
        long start = System.nanoTime();
        HttpResponse<String> health = server.api().get("/api/v1/health", null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    /**
     * The stations list without its liveness fields: any authenticated call, even a refused one, legitimately tells
     * the back office that the station is alive and who used it last.
     */
    private String stations() {
        JsonNode list = TestApi.parse(server.api().get("/api/v1/stations", target.adminToken()));
        list.forEach(station -> ((ObjectNode) station).remove(List.of("lastCall", "lastSeen", "operator")));
        return list.toString();
    }

    private Target seed(TestApi api) {
        String admin = api.adminToken();
        createUser(api, admin, Target.OPERATOR, "OPERATOR");
        createUser(api, admin, Target.SUPERVISOR, "SUPERVISOR");
        HttpResponse<String> login = api.post(
                "/api/v1/auth/login", null, HostileCases.login(Target.OPERATOR, Target.PASSWORD, Target.STATION));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String operator = TestApi.parse(login).get("token").asText();
        // The server's private ticket key (issue 8): no answer to any hostile request may carry it.
        String serverKey = database.jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT setting_value FROM settings WHERE setting_key = 'ticket.server-key'")
                                .mapTo(String.class)
                                .one())
                .split(" ")[0];
        String supervisor = api.login(Target.SUPERVISOR, Target.PASSWORD);
        String noStation = api.login(Target.OPERATOR, Target.PASSWORD);
        String loggedOut = api.login(Target.OPERATOR, Target.PASSWORD);
        assertThat(api.post("/api/v1/auth/logout", loggedOut, "{}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> entry = api.post("/api/v1/entries", operator, HostileCases.entry(e -> {}));
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
        UUID entryId = UUID.fromString(TestApi.parse(entry).get("id").asText());
        String ticketCode = TestApi.parse(entry).get("ticketCode").asText();
        List<String> secrets = new ArrayList<>(
                List.of(TestServer.ADMIN_PASSWORD, Target.PASSWORD, admin, operator, supervisor, noStation));
        secrets.add(serverKey);
        return new Target(
                api,
                server.server().port(),
                admin,
                supervisor,
                operator,
                noStation,
                loggedOut,
                entryId,
                ticketCode,
                List.copyOf(secrets));
    }

    private static void createUser(TestApi api, String admin, String username, String role) {
        HttpResponse<String> created = api.post(
                "/api/v1/users",
                admin,
                "{\"username\":\"" + username + "\",\"password\":\"" + Target.PASSWORD + "\",\"role\":\"" + role
                        + "\",\"fullName\":\"Uji\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
