package id.sistemparkir.server.backoffice;

import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.testsupport.Jpegs;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sessions for the back office: search, detail with its trail, void, sessions left open, duplicates. */
abstract class SessionsApiContract extends BackOfficeApiContract {

    private static final byte[] JPEG = Jpegs.valid();

    @Test
    void sessionsAreFoundByPlateGateClassStatusAndOperatorAndPaged() {
        Instant at = now().minus(Duration.ofMinutes(90));
        for (int i = 0; i < 5; i++) {
            entry("K " + (7100 + i) + " SR", VehicleType.MOTOR, "IN-SR", at.plusSeconds(i));
        }
        JsonNode out = entry("K 7200 SR", VehicleType.MOBIL, "IN-SR", at);
        exit(out, now(), 8_000, 8_000, "CASH", false);

        JsonNode page0 = get("/api/v1/sessions?plate=k71&gate=in-sr&vehicleType=MOTOR&size=2&page=0", supervisor);
        JsonNode page2 = get("/api/v1/sessions?plate=k71&gate=in-sr&vehicleType=MOTOR&size=2&page=2", supervisor);
        JsonNode exited = get("/api/v1/sessions?gate=OUT-BO&status=EXITED&plate=K7200", supervisor);
        JsonNode byOperator = get("/api/v1/sessions?operator=operator-bo&gate=IN-SR&size=500", supervisor);

        assertThat(page0.get("total").asLong()).isEqualTo(5);
        assertThat(list(page0.get("items")))
                .extracting(s -> s.get("plate").asText())
                .containsExactly("K7104SR", "K7103SR");
        assertThat(list(page2.get("items")))
                .extracting(s -> s.get("plate").asText())
                .containsExactly("K7100SR");
        assertThat(list(exited.get("items")))
                .singleElement()
                .satisfies(s -> assertThat(s.get("paid").asLong()).isEqualTo(8_000));
        assertThat(byOperator.get("total").asLong()).isEqualTo(6);
        for (String bad : List.of("status=GONE", "vehicleType=BUS", "from=yesterday", "size=0", "page=-1")) {
            assertThat(api.get("/api/v1/sessions?" + bad, supervisor).statusCode())
                    .as(bad)
                    .isEqualTo(400);
        }
    }

    @Test
    void aSessionsDetailShowsItsPhotosFeeBreakdownAndWhoDidWhat() {
        JsonNode entry = entry("D 4455 DT", VehicleType.MOBIL, "IN-DT", now().minus(Duration.ofMinutes(150)));
        String id = entry.get("id").asText();
        assertThat(api.putBytes("/api/v1/photos/" + id + "?kind=IN", operator, "image/jpeg", JPEG)
                        .statusCode())
                .isEqualTo(201);
        JsonNode exit = exit(entry, now(), 11_000, 10_000, "QRIS", false);

        JsonNode detail = get("/api/v1/sessions/" + id, supervisor);

        assertThat(detail.get("session").get("exitOperator").asText()).isEqualTo("operator-bo");
        assertThat(detail.get("session").get("entryStation").asText()).isEqualTo("IN-BO");
        assertThat(detail.get("feeBreakdown").get("fee").asLong())
                .isEqualTo(exit.get("expectedFee").asLong());
        long lines = list(detail.get("feeBreakdown").get("lines")).stream()
                .mapToLong(l -> l.get("amount").asLong())
                .sum();
        assertThat(lines).isEqualTo(detail.get("feeBreakdown").get("fee").asLong());
        assertThat(list(detail.get("photos"))).singleElement().satisfies(p -> {
            assertThat(p.get("kind").asText()).isEqualTo("IN");
            assertThat(p.get("url").asText()).isEqualTo("/api/v1/photos/" + id + "?kind=IN");
        });
        assertThat(list(detail.get("syncLog")))
                .extracting(l -> l.get("kind").asText() + " " + l.get("outcome").asText())
                .containsExactly("entry CREATED", "exit CREATED");
        assertThat(api.get("/api/v1/sessions/" + UUID.randomUUID(), supervisor).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/sessions/not-a-uuid", supervisor).statusCode())
                .isEqualTo(400);
    }

    @Test
    void voidingNeedsAReasonKeepsTheRowAndTellsEveryWindow() {
        JsonNode entry = entry("E 8080 VD", VehicleType.MOTOR, "IN-VD", now().minus(Duration.ofMinutes(5)));
        String id = entry.get("id").asText();

        HttpResponse<String> noReason = post("/api/v1/sessions/" + id + "/void", supervisor, body("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE id = ? AND status = 'ACTIVE'", id))
                .isEqualTo(1);

        HttpResponse<String> voided =
                post("/api/v1/sessions/" + id + "/void", supervisor, body("reason", "test entry by the technician"));

        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(parse(voided).get("status").asText()).isEqualTo("VOID");
        assertThat(parse(voided).get("voidedBy").asText()).isEqualTo("supervisor-bo");
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE id = ?", id))
                .isEqualTo(1);
        awaitEvent("session.updated", id);
        assertThat(post("/api/v1/sessions/" + id + "/void", supervisor, body("reason", "again"))
                        .statusCode())
                .isEqualTo(409);
        JsonNode trail = get("/api/v1/sessions/" + id, supervisor).get("audit");
        assertThat(list(trail)).singleElement().satisfies(a -> {
            assertThat(a.get("action").asText()).isEqualTo("session.voided");
            assertThat(a.get("detail").asText()).isEqualTo("test entry by the technician");
            assertThat(a.get("before").asText()).contains("\"status\":\"ACTIVE\"");
            assertThat(a.get("after").asText()).contains("\"status\":\"VOID\"");
        });
        JsonNode exitAfterVoid = parse(postExit(entry, now(), 0, 0, "CASH", false));
        assertThat(exitAfterVoid.get("error").asText()).isEqualTo("session_void");
    }

    @Test
    void sessionsLeftOpenAreClosedWithAFlatFeeOrVoidedInBulk() {
        Instant old = now().minus(Duration.ofHours(30));
        String a = entry("F 1 OPN", VehicleType.MOBIL, "IN-OP", old).get("id").asText();
        String b = entry("F 2 OPN", VehicleType.MOBIL, "IN-OP", old.plusSeconds(60))
                .get("id")
                .asText();
        String recent =
                entry("F 3 OPN", VehicleType.MOBIL, "IN-OP", now()).get("id").asText();
        String unknown = UUID.randomUUID().toString();

        List<String> open = list(get("/api/v1/open-sessions?olderThanHours=24", supervisor)).stream()
                .map(s -> s.get("id").asText())
                .toList();
        assertThat(open).contains(a, b).doesNotContain(recent);

        HttpResponse<String> bad = post(
                "/api/v1/open-sessions/close",
                supervisor,
                body("sessionIds", List.of(a), "action", "CLOSE", "reason", "no fee given"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE id = ? AND status = 'ACTIVE'", a))
                .isEqualTo(1);

        JsonNode closed = parse(post(
                "/api/v1/open-sessions/close",
                supervisor,
                body("sessionIds", List.of(a, unknown), "action", "CLOSE", "fee", 20_000, "reason", "outage 1 Dec")));
        JsonNode voided = parse(post(
                "/api/v1/open-sessions/close",
                supervisor,
                body("sessionIds", List.of(b, a), "action", "VOID", "reason", "outage 1 Dec")));

        assertThat(list(closed.get("changed"))).singleElement().satisfies(s -> {
            assertThat(s.get("status").asText()).isEqualTo("EXITED");
            assertThat(s.get("fee").asLong()).isEqualTo(20_000);
            assertThat(s.get("paid").asLong()).isEqualTo(20_000);
            assertThat(s.get("paymentMethod").asText()).isEqualTo("BACKOFFICE");
            assertThat(s.get("exitGate").asText()).isEqualTo("BACKOFFICE");
        });
        assertThat(list(closed.get("skipped")))
                .extracting(s -> s.get("reason").asText())
                .containsExactly("unknown_session");
        assertThat(list(voided.get("changed")))
                .extracting(s -> s.get("id").asText())
                .containsExactly(b);
        assertThat(list(voided.get("skipped")))
                .extracting(s -> s.get("reason").asText())
                .containsExactly("not_active");
        assertThat(list(getAdmin("/api/v1/audit-log?action=session&size=500").get("items")))
                .extracting(l -> l.get("target").asText())
                .contains("session:" + a, "session:" + b);
    }

    @Test
    void duplicatesAreListedSideBySideAndVoidingOneCorrectsOccupancyEverywhere() {
        Instant at = now().minus(Duration.ofMinutes(20));
        JsonNode first = entry("G 1234 DUP", VehicleType.TRUK, "IN-DU", at);
        JsonNode second = entry("G 1234 DUP", VehicleType.TRUK, "IN-DV", at.plusSeconds(300));
        JsonNode near1 = entry("G 5678 ABC", VehicleType.TRUK, "IN-DW", at);
        JsonNode near2 = entry("G 5678 ABD", VehicleType.TRUK, "IN-DW", at.plusSeconds(30));
        assertThat(api.putBytes(
                                "/api/v1/photos/" + second.get("id").asText() + "?kind=IN",
                                operator,
                                "image/jpeg",
                                JPEG)
                        .statusCode())
                .isEqualTo(201);
        long insideBefore = truksInside();

        List<JsonNode> groups = list(get("/api/v1/duplicates", supervisor));
        JsonNode samePlate = groups.stream()
                .filter(g -> g.get("key").asText().equals("G1234DUP"))
                .findFirst()
                .orElseThrow();
        assertThat(samePlate.get("kind").asText()).isEqualTo("SAME_PLATE");
        assertThat(list(samePlate.get("sessions")))
                .extracting(c -> c.get("session").get("id").asText())
                .containsExactly(first.get("id").asText(), second.get("id").asText());
        assertThat(samePlate.get("sessions").get(1).get("entryPhotoUrl").asText())
                .isEqualTo("/api/v1/photos/" + second.get("id").asText() + "?kind=IN");
        assertThat(groups)
                .filteredOn(g -> g.get("kind").asText().equals("NEAR_IDENTICAL"))
                .extracting(g -> g.get("key").asText())
                .contains("IN-DW:G5678ABC~G5678ABD");
        assertThat(post(
                                "/api/v1/duplicates/resolve",
                                supervisor,
                                body("voidSessionId", second.get("id").asText()))
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> resolved = post(
                "/api/v1/duplicates/resolve",
                supervisor,
                body(
                        "voidSessionId", second.get("id").asText(),
                        "keepSessionId", first.get("id").asText(),
                        "reason", "double press at IN-DV"));

        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(parse(resolved).get("voided").get("status").asText()).isEqualTo("VOID");
        assertThat(truksInside()).isEqualTo(insideBefore - 1);
        awaitEvent("duplicate.resolved", second.get("id").asText());
        awaitEvent("session.updated", second.get("id").asText());
        assertThat(list(get("/api/v1/duplicates", supervisor)))
                .extracting(g -> g.get("key").asText())
                .doesNotContain("G1234DUP");
        assertThat(post(
                                "/api/v1/duplicates/resolve",
                                supervisor,
                                body("voidSessionId", second.get("id").asText(), "reason", "again"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(near1.get("suspectedDuplicate").asBoolean()).isFalse();
        assertThat(near2.get("plate").asText()).isEqualTo("G5678ABD");
    }

    private long truksInside() {
        return list(get("/api/v1/stats/now", supervisor).get("occupancy")).stream()
                .filter(o -> o.get("vehicleType").asText().equals("TRUK"))
                .findFirst()
                .orElseThrow()
                .get("inside")
                .asLong();
    }
}
