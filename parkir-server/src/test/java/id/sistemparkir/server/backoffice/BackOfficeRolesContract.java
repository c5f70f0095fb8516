package id.sistemparkir.server.backoffice;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Roles on every route, enumerated from the running server's router (DESIGN §4): a route nobody classified here fails
 * the test, so a new route cannot escape it. OPERATOR gets 403 on every route outside lane work; SUPERVISOR gets 403 on
 * the ADMIN routes and passes the access rule on the others; ADMIN passes everywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackOfficeRolesContract {

    /** Lane work and one's own login: open to OPERATOR (and so to everyone logged in; health and login to anyone). */
    static final Set<String> LANE = Set.of(
            "GET /api/v1/health",
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/logout",
            "GET /api/v1/auth/me",
            "POST /api/v1/auth/password",
            "POST /api/v1/entries",
            "POST /api/v1/exits",
            "PUT /api/v1/photos/{recordId}",
            "GET /api/v1/photos/{recordId}",
            "GET /api/v1/tickets/{ticketCode}",
            "GET /api/v1/vehicles/inside",
            "GET /api/v1/fees/quote",
            // Public ticket keys only (issue 8): what an exit lane needs to verify tickets offline.
            "GET /api/v1/ticket-keys",
            "GET /api/v1/tariffs",
            "GET /api/v1/payment-methods",
            // A cashier's own shift (the server keeps an operator to their own shifts).
            "POST /api/v1/shifts",
            "GET /api/v1/shifts/current",
            "GET /api/v1/shifts/{id}",
            "GET /api/v1/shifts/{id}/transactions",
            "POST /api/v1/shifts/{id}/close",
            // A lane reports a record set aside for good; the station is its login's.
            "POST /api/v1/sync-log/set-aside");

    /** Tariffs, users, settings and what configures the garage: ADMIN only. */
    static final Set<String> ADMIN = Set.of(
            // Station enrollment and ticket keys (issue 8).
            "GET /api/v1/ticket-stations",
            "POST /api/v1/ticket-stations",
            "POST /api/v1/ticket-stations/{code}/rotate",
            "POST /api/v1/ticket-stations/{code}/revoke",
            "GET /api/v1/users",
            "POST /api/v1/users",
            "PUT /api/v1/users/{username}",
            "PUT /api/v1/tariffs",
            "POST /api/v1/tariffs/preview",
            "GET /api/v1/settings",
            "PUT /api/v1/settings",
            "PUT /api/v1/capacity",
            "POST /api/v1/gates",
            "PUT /api/v1/gates/{code}",
            "POST /api/v1/members",
            "PUT /api/v1/members/{id}",
            "GET /api/v1/backups",
            "POST /api/v1/backups");

    /** Dashboards, reports, duplicates, voiding and closing sessions, money to check, logs: SUPERVISOR and ADMIN. */
    static final Set<String> SUPERVISOR = Set.of(
            "GET /api/v1/stats/now",
            "GET /api/v1/stats/traffic",
            "GET /api/v1/stations",
            "GET /api/v1/capacity",
            "GET /api/v1/gates",
            "GET /api/v1/members",
            "GET /api/v1/sessions",
            "GET /api/v1/sessions/{id}",
            "POST /api/v1/sessions/{id}/void",
            "GET /api/v1/open-sessions",
            "POST /api/v1/open-sessions/close",
            "GET /api/v1/reviews",
            "POST /api/v1/reviews/resolve",
            "GET /api/v1/reports/daily",
            "GET /api/v1/alerts",
            "GET /api/v1/duplicates",
            "POST /api/v1/duplicates/resolve",
            "GET /api/v1/sync-log",
            "GET /api/v1/audit-log",
            "GET /api/v1/shifts",
            // Exactly-once follow-up: exits waiting for their entry, and exits that lost a race.
            "GET /api/v1/pending-exits",
            "GET /api/v1/exit-conflicts");

    private TestDatabase database;
    private TestServer server;
    private TestApi api;
    private Map<String, String> tokens;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() {
        database = createDatabase();
        server = TestServer.start(database.config());
        api = server.api();
        String admin = api.adminToken();
        for (String role : List.of("OPERATOR", "SUPERVISOR")) {
            String name = role.toLowerCase() + "-roles";
            HttpResponse<String> created = api.post(
                    "/api/v1/users",
                    admin,
                    json(Map.of("username", name, "password", "Roles-Test-Pass-1", "role", role)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        tokens = Map.of(
                "OPERATOR", api.login("operator-roles", "Roles-Test-Pass-1"),
                "SUPERVISOR", api.login("supervisor-roles", "Roles-Test-Pass-1"),
                "ADMIN", admin);
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
    void everyRouteIsClassifiedAndEveryClassifiedRouteExists() {
        Set<String> routes = new TreeSet<>(server.server().routes());
        Set<String> classified = new TreeSet<>(LANE);
        classified.addAll(ADMIN);
        classified.addAll(SUPERVISOR);

        assertThat(routes)
                .as("routes not classified in this test: decide their role, then add them to LANE, SUPERVISOR or ADMIN")
                .isSubsetOf(classified);
        assertThat(classified).as("classified routes the server does not have").isSubsetOf(routes);
        assertThat(LANE.size() + ADMIN.size() + SUPERVISOR.size()).isEqualTo(classified.size());
    }

    @Test
    void anOperatorGets403OnEveryBackOfficeRoute() {
        List<String> notRefused = new ArrayList<>();
        for (String route : server.server().routes()) {
            if (!LANE.contains(route) && call(route, "OPERATOR").statusCode() != 403) {
                notRefused.add(route);
            }
        }
        assertThat(notRefused)
                .as("back-office routes an OPERATOR was not refused")
                .isEmpty();
    }

    @Test
    void aSupervisorGets403OnAdminRoutesOnlyAndAnAdminNowhere() {
        List<String> wrong = new ArrayList<>();
        for (String route : server.server().routes()) {
            if (route.equals("POST /api/v1/auth/login")) {
                continue; // public; an empty login is a wrong login (401), whoever sends it
            }
            int supervisor = call(route, "SUPERVISOR").statusCode();
            if (ADMIN.contains(route) != (supervisor == 403) || supervisor == 401) {
                wrong.add(route + " -> SUPERVISOR " + supervisor);
            }
            int admin = call(route, "ADMIN").statusCode();
            if (admin == 403 || admin == 401) {
                wrong.add(route + " -> ADMIN " + admin);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Calls a route with placeholder path parameters and an empty JSON object as body: enough to pass or fail the
     * access rule, which runs before any handler; handlers refuse the empty body (400) and change nothing.
     */
    private HttpResponse<String> call(String route, String role) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1)
                .replace("{code}", "ROLES-GATE")
                .replace("{username}", "nobody-here")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (route.equals("POST /api/v1/auth/logout")) {
            return api.get("/api/v1/auth/me", tokens.get(role)); // keep the token alive for the other calls
        }
        HttpRequest.Builder request = api.builder(path, tokens.get(role)).header("Content-Type", "application/json");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{}");
        return api.send(
                switch (method) {
                    case "GET" -> request.GET();
                    case "DELETE" -> request.DELETE();
                    default -> request.method(method, body);
                });
    }
}
