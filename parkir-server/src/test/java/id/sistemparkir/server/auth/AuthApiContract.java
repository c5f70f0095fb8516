package id.sistemparkir.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.MutableClock;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Auth and users end to end: the real server on port 0 over a real database (H2 and MariaDB), a clock the tests
 * move. One server per class; every test makes its own users, so the tests do not depend on each other (the throttle
 * counts per username). Only {@code admin} is shared, and a test that demotes it puts it back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthApiContract {

    private static final String PASSWORD = "kata-sandi-1";

    private TestDatabase database;
    private Jdbi jdbi;
    private MutableClock clock;
    private TestServer server;
    private TestApi api;
    private String adminToken;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() {
        database = createDatabase();
        jdbi = database.jdbi();
        clock = MutableClock.startingNow();
        server = TestServer.start(TestServer.config(database.config()), clock);
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

    @Test
    void loginAnswersTokenExpiryUserAndTicketKeyAndStoresOnlyTheTokensDigest() {
        createUser("lane.in1", PASSWORD, "OPERATOR");

        HttpResponse<String> response = login("Lane.In1", PASSWORD, "GATE-IN-1");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestApi.parse(response);
        String token = body.get("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Instant.parse(body.get("expiresAt").asText()))
                .isEqualTo(clock.instant()
                        .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                        .plus(Duration.ofHours(12)));
        assertThat(body.get("user").get("username").asText()).isEqualTo("lane.in1");
        assertThat(body.get("user").get("role").asText()).isEqualTo("OPERATOR");
        // No ticket key of any kind in a login (issue 8): an operator account can sign nothing.
        assertThat(body.has("ticketKey")).isFalse();
        assertThat(body.toString()).doesNotContainIgnoringCase("key");

        List<String> stored = jdbi.withHandle(
                h -> h.createQuery("SELECT t.token_hash FROM auth_tokens t JOIN users u ON u.id = t.user_id"
                                + " WHERE u.username = 'lane.in1'")
                        .mapTo(String.class)
                        .list());
        assertThat(stored).containsExactly(TokenService.hash(token));

        JsonNode me = TestApi.parse(api.get("/api/v1/auth/me", token));
        assertThat(me.get("username").asText()).isEqualTo("lane.in1");
        assertThat(me.get("role").asText()).isEqualTo("OPERATOR");
        assertThat(me.get("station").asText()).isEqualTo("GATE-IN-1");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswerInSimilarTime() {
        createUser("kasir.wrong", PASSWORD, "OPERATOR");

        HttpResponse<String> wrongPassword = login("kasir.wrong", "not-the-password", null);
        HttpResponse<String> unknownUser = login("nobody.here", "not-the-password", null);
        HttpResponse<String> notAUsername = login("x", "not-the-password", null);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(TestApi.parse(wrongPassword).get("error").asText()).isEqualTo("invalid_credentials");
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(notAUsername.body()).isEqualTo(wrongPassword.body());

        // Without the dummy hash an unknown user would answer in ~1 ms instead of one Argon2 run (tens of ms).
        // Warm the Argon2 code first (JIT), then interleave the two kinds so neither gets the colder or busier moments;
        // the fastest of each is its own cost. Three wrong passwords stay under the throttle's budget for the user.
        for (int i = 0; i < 5; i++) {
            login("warm.up" + i, "not-the-password-2", null);
        }
        long wrongPasswordNanos = Long.MAX_VALUE;
        long unknownUserNanos = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            String unknown = "nobody.else" + i;
            wrongPasswordNanos =
                    Math.min(wrongPasswordNanos, nanos(() -> login("kasir.wrong", "not-the-password-2", null)));
            unknownUserNanos = Math.min(unknownUserNanos, nanos(() -> login(unknown, "not-the-password-2", null)));
        }
        assertThat(unknownUserNanos).isGreaterThan(wrongPasswordNanos / 3);
    }

    @Test
    void fiveFailuresWithinFiveMinutesThrottleTheUsernameUntilTheWindowPasses() {
        createUser("throttled", PASSWORD, "OPERATOR");
        for (int i = 0; i < 5; i++) {
            assertThat(login("throttled", "wrong-" + i, null).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = login("throttled", PASSWORD, null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(TestApi.parse(refused).get("error").asText()).isEqualTo("too_many_attempts");
        assertThat(login("THROTTLED", PASSWORD, null).statusCode())
                .as("the same user in other letters")
                .isEqualTo(429);
        assertThat(login("lane.other", PASSWORD, null).statusCode())
                .as("other usernames are not affected")
                .isEqualTo(401);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(login("throttled", PASSWORD, null).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAValidTokenEveryApiCallIs401() {
        for (String token : new String[] {null, "garbage", "A".repeat(43), "../../etc/passwd"}) {
            HttpResponse<String> response = api.get("/api/v1/auth/me", token);
            assertThat(response.statusCode()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(TestApi.parse(response).get("error").asText()).isEqualTo("unauthorized");
        }
        HttpResponse<String> basic = api.send(api.builder("/api/v1/users", null)
                .header("Authorization", "Basic YWRtaW46eA==")
                .GET());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(api.post("/api/v1/users", null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401TokenExpired() {
        createUser("shift.end", PASSWORD, "OPERATOR");
        String token = api.login("shift.end", PASSWORD);
        assertThat(api.get("/api/v1/auth/me", token).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofHours(12));

        HttpResponse<String> response = api.get("/api/v1/auth/me", token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestApi.parse(response).get("error").asText()).isEqualTo("token_expired");
        adminToken = api.adminToken();
    }

    @Test
    void operatorsAndSupervisorsCannotManageUsers() {
        createUser("op.users", PASSWORD, "OPERATOR");
        createUser("spv.users", PASSWORD, "SUPERVISOR");
        for (String username : new String[] {"op.users", "spv.users"}) {
            String token = api.login(username, PASSWORD);
            HttpResponse<String> list = api.get("/api/v1/users", token);
            assertThat(list.statusCode()).isEqualTo(403);
            assertThat(TestApi.parse(list).get("error").asText()).isEqualTo("forbidden");
            String newUser = TestApi.json(Map.of("username", "sneaky", "password", PASSWORD, "role", "ADMIN"));
            assertThat(api.post("/api/v1/users", token, newUser).statusCode()).isEqualTo(403);
            assertThat(api.put("/api/v1/users/" + username, token, "{\"role\":\"ADMIN\"}")
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(userRow("sneaky")).isEmpty();
    }

    @Test
    void anAdminCreatesAUserWhoThenLogsIn() {
        HttpResponse<String> created = api.post(
                "/api/v1/users",
                adminToken,
                TestApi.json(Map.of(
                        "username", "Siti.Rahma", "password", PASSWORD, "role", "supervisor", "fullName", "Siti")));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode user = TestApi.parse(created);
        assertThat(user.get("username").asText()).isEqualTo("siti.rahma");
        assertThat(user.get("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(user.get("fullName").asText()).isEqualTo("Siti");
        assertThat(user.get("active").asBoolean()).isTrue();
        assertThat(user.has("passwordHash")).isFalse();

        String token = api.login("SITI.RAHMA", PASSWORD);
        assertThat(TestApi.parse(api.get("/api/v1/auth/me", token)).get("role").asText())
                .isEqualTo("SUPERVISOR");

        HttpResponse<String> list = api.get("/api/v1/users", adminToken);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("\"siti.rahma\"")
                .doesNotContain("argon2")
                .doesNotContain(PASSWORD);

        assertThat(auditActions("siti.rahma")).contains("user.created", "auth.login");
    }

    @Test
    void creatingAUserChecksTheRulesAndRefusesDuplicates() {
        createUser("dup.user", PASSWORD, "OPERATOR");
        int users = count("users");

        HttpResponse<String> duplicate = api.post(
                "/api/v1/users",
                adminToken,
                TestApi.json(Map.of("username", "DUP.user", "password", PASSWORD, "role", "OPERATOR")));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(TestApi.parse(duplicate).get("error").asText()).isEqualTo("user_exists");

        Map<String, String> badRequests = Map.of(
                "{\"username\":\"ab\",\"password\":\"" + PASSWORD + "\",\"role\":\"OPERATOR\"}",
                "invalid_username",
                "{\"username\":\"short.pw\",\"password\":\"1234567\",\"role\":\"OPERATOR\"}",
                "weak_password",
                "{\"username\":\"same.pw\",\"password\":\"Same.Pw\",\"role\":\"OPERATOR\"}",
                "weak_password",
                "{\"username\":\"no.role\",\"password\":\"" + PASSWORD + "\",\"role\":\"ROOT\"}",
                "invalid_role",
                "{\"username\":\"no.role\",\"password\":\"" + PASSWORD + "\"}",
                "invalid_field",
                "{\"username\":\"typo\",\"password\":\"" + PASSWORD + "\",\"role\":\"OPERATOR\",\"rol\":1}",
                "invalid_field");
        badRequests.forEach((body, error) -> {
            HttpResponse<String> response = api.post("/api/v1/users", adminToken, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(TestApi.parse(response).get("error").asText()).as(body).isEqualTo(error);
        });
        assertThat(count("users")).isEqualTo(users);
    }

    @Test
    void thePasswordIsStoredAsAnArgon2idHashOnly() {
        createUser("hash.check", PASSWORD, "OPERATOR");

        String hash = userRow("hash.check").get("password_hash").toString();

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(PASSWORD);
        assertThat(hash).doesNotContain(PASSWORD);
        String adminHash = userRow("admin").get("password_hash").toString();
        assertThat(adminHash).startsWith("$argon2id$").doesNotContain(TestServer.ADMIN_PASSWORD);
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        createUser("ganti.sandi", PASSWORD, "OPERATOR");
        String thisSession = api.login("ganti.sandi", PASSWORD);
        String otherSession = api.login("ganti.sandi", PASSWORD);

        HttpResponse<String> wrong =
                api.post("/api/v1/auth/password", thisSession, changePassword("not-my-password", "sandi-baru-123"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(TestApi.parse(wrong).get("error").asText()).isEqualTo("wrong_password");
        HttpResponse<String> weak = api.post("/api/v1/auth/password", thisSession, changePassword(PASSWORD, "pendek"));
        assertThat(TestApi.parse(weak).get("error").asText()).isEqualTo("weak_password");

        HttpResponse<String> changed =
                api.post("/api/v1/auth/password", thisSession, changePassword(PASSWORD, "sandi-baru-123"));
        assertThat(changed.statusCode()).isEqualTo(204);

        assertThat(login("ganti.sandi", PASSWORD, null).statusCode()).isEqualTo(401);
        assertThat(login("ganti.sandi", "sandi-baru-123", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", thisSession).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", otherSession).statusCode()).isEqualTo(401);
        assertThat(auditActions("ganti.sandi")).contains("user.password_changed");
    }

    @Test
    void aDeactivatedUsersTokenStopsWorkingAtOnce() {
        createUser("keluar", PASSWORD, "OPERATOR");
        String token = api.login("keluar", PASSWORD);

        HttpResponse<String> deactivated = api.put("/api/v1/users/keluar", adminToken, "{\"active\":false}");

        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(TestApi.parse(deactivated).get("active").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/auth/me", token).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = login("keluar", PASSWORD, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(TestApi.parse(refused).get("error").asText()).isEqualTo("account_disabled");

        assertThat(api.put("/api/v1/users/keluar", adminToken, "{\"active\":true}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(login("keluar", PASSWORD, null).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", token).statusCode())
                .as("tokens revoked at deactivation stay revoked")
                .isEqualTo(401);
    }

    @Test
    void anAdminChangesRoleFullNameAndPasswordAndRoleChangesApplyAtOnce() {
        createUser("naik.pangkat", PASSWORD, "OPERATOR");
        String token = api.login("naik.pangkat", PASSWORD);
        assertThat(api.get("/api/v1/users", token).statusCode()).isEqualTo(403);

        HttpResponse<String> promoted =
                api.put("/api/v1/users/Naik.Pangkat", adminToken, "{\"role\":\"ADMIN\",\"fullName\":\"Naik\"}");

        assertThat(promoted.statusCode()).isEqualTo(200);
        assertThat(TestApi.parse(promoted).get("role").asText()).isEqualTo("ADMIN");
        assertThat(TestApi.parse(promoted).get("fullName").asText()).isEqualTo("Naik");
        assertThat(api.get("/api/v1/users", token).statusCode()).isEqualTo(200);

        HttpResponse<String> reset = api.put(
                "/api/v1/users/naik.pangkat", adminToken, "{\"role\":\"OPERATOR\",\"password\":\"direset-admin\"}");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", token).statusCode())
                .as("a password reset logs the user out")
                .isEqualTo(401);
        assertThat(login("naik.pangkat", "direset-admin", null).statusCode()).isEqualTo(200);
        assertThat(auditActions("naik.pangkat")).contains("user.updated");

        HttpResponse<String> cleared = api.put("/api/v1/users/naik.pangkat", adminToken, "{\"fullName\":\"\"}");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(TestApi.parse(cleared).has("fullName")).isFalse();

        assertThat(api.put("/api/v1/users/no.such.user", adminToken, "{\"active\":false}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/users/naik.pangkat", adminToken, "{\"active\":\"no\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDeactivatedEvenByTwoAdminsAtOnce() throws Exception {
        deactivateAdminsOtherThanAdmin();

        for (String change : new String[] {"{\"role\":\"SUPERVISOR\"}", "{\"active\":false}"}) {
            HttpResponse<String> refused = api.put("/api/v1/users/admin", adminToken, change);
            assertThat(refused.statusCode()).as(change).isEqualTo(409);
            assertThat(TestApi.parse(refused).get("error").asText()).isEqualTo("last_admin");
        }

        // Two admins demote each other at the same moment: one must lose.
        createUser("boss.two", PASSWORD, "ADMIN");
        String bossToken = api.login("boss.two", PASSWORD);
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> demoteBoss = threads.submit(() -> {
                barrier.await();
                return api.put("/api/v1/users/boss.two", adminToken, "{\"role\":\"OPERATOR\"}");
            });
            Future<HttpResponse<String>> demoteAdmin = threads.submit(() -> {
                barrier.await();
                return api.put("/api/v1/users/admin", bossToken, "{\"role\":\"OPERATOR\"}");
            });
            List<Integer> statuses = new ArrayList<>(List.of(
                    demoteBoss.get(30, TimeUnit.SECONDS).statusCode(),
                    demoteAdmin.get(30, TimeUnit.SECONDS).statusCode()));
            statuses.sort(null);
            // The loser gets 409 last_admin when both checks overlap, or 403 when the winner's demotion of the
            // loser committed before the loser's request passed the access filter. Either way exactly one wins.
            assertThat(statuses.get(0)).isEqualTo(200);
            assertThat(statuses.get(1)).isIn(403, 409);
        } finally {
            threads.shutdownNow();
        }
        assertThat(activeAdmins()).hasSize(1);

        // Put things back: admin stays the admin the other tests use.
        if (!activeAdmins().contains("admin")) {
            assertThat(api.put("/api/v1/users/admin", bossToken, "{\"role\":\"ADMIN\"}")
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(api.put("/api/v1/users/boss.two", adminToken, "{\"active\":false}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void logoutRevokesTheToken() {
        createUser("pulang", PASSWORD, "OPERATOR");
        String token = api.login("pulang", PASSWORD);

        assertThat(api.post("/api/v1/auth/logout", token, "").statusCode()).isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", token).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/logout", token, "").statusCode()).isEqualTo(401);
        assertThat(auditActions("pulang")).contains("auth.logout");
    }

    @Test
    void malformedLoginRequestsAre400AndChangeNothing() {
        int tokens = count("auth_tokens");
        int audit = count("audit_log");
        List<String> bodies = List.of(
                "",
                "{",
                "[]",
                "null",
                "{}",
                "{\"username\":\"admin\"}",
                "{\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}",
                "{\"username\":1,\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}",
                "{\"username\":\"admin\",\"password\":[\"" + TestServer.ADMIN_PASSWORD + "\"]}",
                "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\",\"role\":\"ADMIN\"}",
                "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\",\"station\":\"A B\"}",
                "{\"username\":\"admin\",\"username\":\"x\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}");
        for (String body : bodies) {
            HttpResponse<String> response = api.post("/api/v1/auth/login", null, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(TestApi.parse(response).get("error").asText()).as(body).startsWith("invalid_");
        }
        HttpResponse<String> form = api.send(api.builder("/api/v1/auth/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + TestServer.ADMIN_PASSWORD)));
        assertThat(form.statusCode()).isEqualTo(400);

        assertThat(count("auth_tokens")).isEqualTo(tokens);
        assertThat(count("audit_log")).isEqualTo(audit);
    }

    // ---------------------------------------------------------------------------------------------------------

    private void createUser(String username, String password, String role) {
        HttpResponse<String> response = api.post(
                "/api/v1/users",
                adminToken,
                TestApi.json(Map.of("username", username, "password", password, "role", role)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> login(String username, String password, String station) {
        Map<String, String> body = new HashMap<>(Map.of("username", username, "password", password));
        if (station != null) {
            body.put("station", station);
        }
        return api.post("/api/v1/auth/login", null, TestApi.json(body));
    }

    private static String changePassword(String current, String next) {
        return TestApi.json(Map.of("currentPassword", current, "newPassword", next));
    }

    private Map<String, Object> userRow(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users WHERE username = :username")
                .bind("username", username)
                .mapToMap()
                .findOne()
                .orElse(Map.of()));
    }

    private List<String> auditActions(String target) {
        return jdbi.withHandle(h -> h.createQuery("SELECT action FROM audit_log WHERE target = :target ORDER BY id")
                .bind("target", target)
                .mapTo(String.class)
                .list());
    }

    private List<String> activeAdmins() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT username FROM users WHERE role = 'ADMIN' AND active = TRUE ORDER BY username")
                .mapTo(String.class)
                .list());
    }

    private void deactivateAdminsOtherThanAdmin() {
        for (String other : activeAdmins()) {
            if (!other.equals("admin")) {
                assertThat(api.put("/api/v1/users/" + other, adminToken, "{\"active\":false}")
                                .statusCode())
                        .isEqualTo(200);
            }
        }
    }

    private int count(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class)
                .one());
    }

    private static long nanos(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }
}
