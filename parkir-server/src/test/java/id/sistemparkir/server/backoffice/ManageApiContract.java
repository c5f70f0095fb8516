package id.sistemparkir.server.backoffice;

import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.vehicle.VehicleType;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Managing the garage (ADMIN): gates, members, settings, capacity, users, tariffs with preview — each audited. */
abstract class ManageApiContract extends BackOfficeApiContract {

    @Test
    void gatesAreCreatedChangedAndAuditedAndBadInputStoresNothing() {
        HttpResponse<String> created =
                post("/api/v1/gates", admin, body("code", "in-m1", "name", "Masuk Utara", "direction", "IN"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(parse(created).get("code").asText()).isEqualTo("IN-M1");
        assertThat(post("/api/v1/gates", admin, body("code", "IN-M1", "name", "again", "direction", "IN"))
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> bad = post("/api/v1/gates", admin, body("code", "IN-M2", "name", "x", "direction", "UP"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM gates WHERE code = 'IN-M2'")).isZero();

        HttpResponse<String> changed = put("/api/v1/gates/IN-M1", admin, body("active", false));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(list(getAdmin("/api/v1/gates")))
                .filteredOn(g -> g.get("code").asText().equals("IN-M1"))
                .singleElement()
                .satisfies(g -> assertThat(g.get("active").asBoolean()).isFalse());
        JsonNode audit = getAdmin("/api/v1/audit-log?target=gate:IN-M1").get("items");
        assertThat(list(audit))
                .extracting(a -> a.get("action").asText())
                .containsExactly("gate.updated", "gate.created");
        assertThat(audit.get(0).get("before").asText()).contains("\"active\":true");
        assertThat(audit.get(0).get("after").asText()).contains("\"active\":false");
        assertThat(put("/api/v1/gates/NOPE-1", admin, body("active", true)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMembersExitIsPricedWithItsDiscountAndBadMembersAreRefused() {
        Instant from = now().minus(Duration.ofDays(1));
        HttpResponse<String> created = post(
                "/api/v1/members",
                admin,
                body(
                        "cardNumber", "CARD-M-1",
                        "name", "Ibu Sari",
                        "plate", "b 4321 kmm",
                        "vehicleType", "MOBIL",
                        "validFrom", from.toString(),
                        "validUntil", from.plus(Duration.ofDays(30)).toString(),
                        "discountPercent", 50));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(parse(created).get("plate").asText()).isEqualTo("B4321KMM");
        assertThat(post(
                                "/api/v1/members",
                                admin,
                                body(
                                        "cardNumber", "CARD-M-1",
                                        "name", "Other",
                                        "plate", "B 1 A",
                                        "vehicleType", "MOBIL",
                                        "validFrom", from.toString(),
                                        "validUntil",
                                                from.plus(Duration.ofDays(1)).toString()))
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> backwards = post(
                "/api/v1/members",
                admin,
                body(
                        "cardNumber", "CARD-M-2",
                        "name", "Backwards",
                        "plate", "B 2 A",
                        "vehicleType", "MOBIL",
                        "validFrom", from.toString(),
                        "validUntil", from.minusSeconds(1).toString()));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM members WHERE card_number = 'CARD-M-2'"))
                .isZero();

        Instant in = now().minus(Duration.ofMinutes(30));
        JsonNode entry = entry("B 4321 KMM", VehicleType.MOBIL, "IN-BO", in);
        JsonNode quote = get(
                "/api/v1/fees/quote?ticketCode=" + entry.get("ticketCode").asText() + "&exitTime=" + now(), operator);
        JsonNode exit =
                exit(entry, now(), quote.get("fee").asLong(), quote.get("fee").asLong(), "CASH", false);

        long undiscounted = list(quote.get("lines")).stream()
                .filter(l -> !l.get("kind").asText().equals("MEMBER_DISCOUNT"))
                .mapToLong(l -> l.get("amount").asLong())
                .sum();
        assertThat(undiscounted).isPositive();
        assertThat(exit.get("expectedFee").asLong()).isEqualTo(undiscounted - undiscounted * 50 / 100);
        assertThat(exit.get("feeMismatch").asBoolean()).isFalse();
        assertThat(list(get("/api/v1/members?plate=B4321KMM", supervisor))).hasSize(1);
    }

    @Test
    void settingsAndCapacityAreTypedValidatedAndAudited() {
        HttpResponse<String> badZone = put("/api/v1/settings", admin, body("timeZone", "Mars/Olympus"));
        HttpResponse<String> badPercent = put("/api/v1/settings", admin, body("occupancyAlertPercent", 0));
        HttpResponse<String> badCapacity = put("/api/v1/capacity", admin, "{\"BUS\": 3}");

        assertThat(badZone.statusCode()).isEqualTo(400);
        assertThat(badPercent.statusCode()).isEqualTo(400);
        assertThat(badCapacity.statusCode()).isEqualTo(400);
        assertThat(getAdmin("/api/v1/settings").get("timeZone").asText()).isEqualTo("Asia/Jakarta");
        assertThat(getAdmin("/api/v1/settings").get("occupancyAlertPercent").asInt())
                .isEqualTo(90);

        HttpResponse<String> changed =
                put("/api/v1/settings", admin, body("timeZone", "Asia/Makassar", "longStayHours", 36));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(parse(changed).get("timeZone").asText()).isEqualTo("Asia/Makassar");
        assertThat(parse(changed).get("longStayHours").asInt()).isEqualTo(36);
        assertThat(put("/api/v1/capacity", admin, "{\"MOTOR\": 300}").statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/capacity", supervisor).get("MOTOR").asInt()).isEqualTo(300);
        JsonNode audit = getAdmin("/api/v1/audit-log?action=settings").get("items");
        assertThat(audit.get(0).get("before").asText()).contains("Asia/Jakarta");
        assertThat(audit.get(0).get("after").asText()).contains("Asia/Makassar");
        assertThat(count("SELECT COUNT(*) FROM event_log WHERE event_type = 'settings.updated'"))
                .isGreaterThanOrEqualTo(2);

        put("/api/v1/settings", admin, body("timeZone", "Asia/Jakarta", "longStayHours", 24));
        put("/api/v1/capacity", admin, "{\"MOTOR\": 0}");
    }

    @Test
    void usersAreCreatedDisabledResetAndPromotedWithBeforeAndAfterInTheAuditLog() {
        createUser("kasir-m1", "OPERATOR");
        String token = api.login("kasir-m1", PASSWORD);

        HttpResponse<String> promoted = put("/api/v1/users/kasir-m1", admin, body("role", "SUPERVISOR"));
        HttpResponse<String> reset = put("/api/v1/users/kasir-m1", admin, body("password", "New-Kasir-Pass-2"));
        HttpResponse<String> disabled = put("/api/v1/users/kasir-m1", admin, body("active", false));

        assertThat(promoted.statusCode()).isEqualTo(200);
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", token).statusCode()).isEqualTo(401);
        JsonNode audit =
                getAdmin("/api/v1/audit-log?target=kasir-m1&action=user").get("items");
        assertThat(list(audit))
                .extracting(a -> a.get("action").asText())
                .containsExactly("user.updated", "user.updated", "user.updated", "user.created");
        assertThat(audit.get(2).get("before").asText()).contains("\"role\":\"OPERATOR\"");
        assertThat(audit.get(2).get("after").asText()).contains("\"role\":\"SUPERVISOR\"");
        assertThat(audit.get(0).get("after").asText())
                .contains("\"active\":false")
                .doesNotContain("password");
    }

    @Test
    void aTariffPreviewStoresNothingAndTheNextExitIsPricedWithTheVersionInForceAtItsEntry() {
        Map<String, Object> doubled = Map.of(
                "MOTOR", rate(4_000, 2_000, 20_000, 40_000),
                "MOBIL", rate(10_000, 6_000, 80_000, 100_000),
                "TRUK", rate(20_000, 10_000, 160_000, 200_000));
        long versionsBefore = count("SELECT COUNT(*) FROM tariff_versions");

        HttpResponse<String> preview = post("/api/v1/tariffs/preview", admin, body("rates", doubled));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode mobil150 = list(parse(preview).get("rows")).stream()
                .filter(r -> r.get("vehicleType").asText().equals("MOBIL")
                        && r.get("minutes").asInt() == 150
                        && !r.get("lostTicket").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(mobil150.get("currentFee").asLong()).isEqualTo(11_000);
        assertThat(mobil150.get("proposedFee").asLong()).isEqualTo(22_000);
        assertThat(count("SELECT COUNT(*) FROM tariff_versions")).isEqualTo(versionsBefore);
        assertThat(post("/api/v1/tariffs/preview", admin, body("rates", Map.of("MOBIL", rate(1, 1, 1, 1))))
                        .statusCode())
                .isEqualTo(400);

        JsonNode before = entry("B 5150 TRF", VehicleType.MOBIL, "IN-BO", now().minus(Duration.ofMinutes(150)));
        Instant effective = now().plus(Duration.ofMinutes(1));
        HttpResponse<String> published =
                put("/api/v1/tariffs", admin, body("effectiveFrom", effective.toString(), "rates", doubled));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        JsonNode after = entry("B 5151 TRF", VehicleType.MOBIL, "IN-BO", effective);

        JsonNode oldExit = exit(before, now(), 11_000, 11_000, "CASH", false);
        JsonNode newExit = exit(after, effective.plus(Duration.ofMinutes(40)), 10_000, 10_000, "CASH", false);

        assertThat(oldExit.get("expectedFee").asLong())
                .as("entered under version 1")
                .isEqualTo(11_000);
        assertThat(newExit.get("expectedFee").asLong())
                .as("entered under the new version")
                .isEqualTo(10_000);
        assertThat(getAdmin("/api/v1/audit-log?action=tariff.publish")
                        .get("items")
                        .get(0)
                        .get("after")
                        .asText())
                .contains("\"firstHour\":10000");
    }

    private static Map<String, Object> rate(long first, long next, long max, long lost) {
        return Map.of("graceSeconds", 600, "firstHour", first, "nextHour", next, "maxPerDay", max, "lostTicket", lost);
    }
}
