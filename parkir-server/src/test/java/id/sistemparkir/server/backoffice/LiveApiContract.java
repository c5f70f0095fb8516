package id.sistemparkir.server.backoffice;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the dashboard watches: stats, stations, money to check, alerts, the sync log, backups. */
abstract class LiveApiContract extends BackOfficeApiContract {

    @Test
    void statsCountOccupancyAgainstCapacityAndTodaysTrafficAndMoney() {
        JsonNode before = get("/api/v1/stats/now", supervisor);
        long trafficBefore = hourTotal(get("/api/v1/stats/traffic", supervisor));
        put("/api/v1/capacity", admin, "{\"MOTOR\": 1000}");

        JsonNode a = entry("H 11 ST", VehicleType.MOTOR, "IN-ST", now().minusSeconds(60));
        JsonNode b = entry("H 12 ST", VehicleType.MOTOR, "IN-ST", now().minusSeconds(30));
        entry("H 13 ST", VehicleType.MOTOR, "IN-ST", now().minusSeconds(20));
        exit(a, now(), 2_000, 1_500, "CASH", false);
        exit(b, now(), 3_000, 10_000, "CASH", false); // Rp 10.000 handed over, Rp 7.000 change
        JsonNode after = get("/api/v1/stats/now", supervisor);

        assertThat(after.get("timeZone").asText()).isEqualTo("Asia/Jakarta");
        JsonNode motor = motor(after);
        assertThat(motor.get("inside").asLong())
                .isEqualTo(motor(before).get("inside").asLong() + 1);
        assertThat(motor.get("capacity").asInt()).isEqualTo(1000);
        assertThat(motor.get("percent").asInt())
                .isEqualTo((int) (motor.get("inside").asLong() * 100 / 1000));
        JsonNode today = after.get("today");
        JsonNode todayBefore = before.get("today");
        assertThat(today.get("entries").asLong())
                .isEqualTo(todayBefore.get("entries").asLong() + 3);
        assertThat(today.get("exits").asLong())
                .isEqualTo(todayBefore.get("exits").asLong() + 2);
        // Revenue is what the garage kept: 1,500 underpaid + 3,000 (not the 10,000 handed over).
        assertThat(today.get("revenue").asLong())
                .isEqualTo(todayBefore.get("revenue").asLong() + 4_500);
        assertThat(today.get("uncollected").asLong())
                .isEqualTo(todayBefore.get("uncollected").asLong() + 500);
        assertThat(hourTotal(get("/api/v1/stats/traffic", supervisor))).isEqualTo(trafficBefore + 5);
        assertThat(api.get("/api/v1/stats/traffic?date=01-12-2026", supervisor).statusCode())
                .isEqualTo(400);
        put("/api/v1/capacity", admin, "{\"MOTOR\": 0}");
    }

    @Test
    void commandLineLanesAreListedFromTheirCallsWithTheStationOfTheirLogin() {
        String lane = login("operator-bo", "CLI-LANE-9");
        get("/api/v1/tariffs", lane);

        JsonNode station = await().atMost(Duration.ofSeconds(30))
                .until(() -> station("CLI-LANE-9"), Optional::isPresent)
                .orElseThrow();

        assertThat(station.get("kind").asText()).isEqualTo("COMMAND_LINE");
        assertThat(station.get("operator").asText()).isEqualTo("operator-bo");
        assertThat(station.get("connected").asBoolean()).isFalse();
        assertThat(station.get("offline").asBoolean()).isFalse();
        assertThat(station.has("lastCall")).isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("SELECT COUNT(*) FROM stations WHERE code = 'CLI-LANE-9' AND last_call_at IS NOT NULL")
                                == 1);
    }

    @Test
    void moneyThatNeedsALookIsListedWithWhoAndWhereAndResolvedOnceWithAReason() {
        JsonNode mismatch = entry("J 10 MN", VehicleType.MOBIL, "IN-MN", now().minus(Duration.ofMinutes(150)));
        JsonNode lost = entry("J 11 MN", VehicleType.MOBIL, "IN-MN", now().minus(Duration.ofMinutes(30)));
        JsonNode mismatchExit = exit(mismatch, now(), 5_000, 4_000, "CASH", false);
        exit(lost, now(), 55_000, 55_000, "CASH", true);
        UUID unseenEntry = UUID.randomUUID();
        HttpResponse<String> pending = api.post(
                "/api/v1/exits",
                operator,
                json(new ExitRequest(
                        UUID.randomUUID(),
                        null,
                        unseenEntry,
                        "J 12 MN",
                        "OUT-BO",
                        now(),
                        3_000,
                        3_000,
                        "CASH",
                        false,
                        true)));
        assertThat(pending.statusCode()).isEqualTo(202);
        String mismatchId = mismatch.get("id").asText();

        List<JsonNode> open = list(get("/api/v1/reviews?resolved=false", supervisor));

        JsonNode feeMismatch = item(open, "FEE_MISMATCH", mismatchId);
        assertThat(feeMismatch.get("amount").asLong())
                .isEqualTo(mismatchExit.get("expectedFee").asLong() - 5_000);
        assertThat(feeMismatch.get("operator").asText()).isEqualTo("operator-bo");
        assertThat(feeMismatch.get("station").asText()).isEqualTo("IN-BO");
        assertThat(feeMismatch.get("gate").asText()).isEqualTo("OUT-BO");
        assertThat(item(open, "UNDERPAID", mismatchId).get("amount").asLong()).isEqualTo(1_000);
        assertThat(item(open, "LOST_TICKET", lost.get("id").asText())
                        .get("amount")
                        .asLong())
                .isEqualTo(55_000);
        JsonNode waiting = open.stream()
                .filter(i -> i.get("kind").asText().equals("PENDING_EXIT")
                        && i.get("sessionId").asText().equals(unseenEntry.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(waiting.get("amount").asLong()).isEqualTo(3_000);
        assertThat(waiting.get("operator").asText()).isEqualTo("operator-bo");

        assertThat(post("/api/v1/reviews/resolve", supervisor, body("kind", "FEE_MISMATCH", "subjectId", mismatchId))
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(
                                "/api/v1/reviews/resolve",
                                supervisor,
                                body(
                                        "kind",
                                        "FEE_MISMATCH",
                                        "subjectId",
                                        lost.get("id").asText(),
                                        "reason",
                                        "x"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(post(
                                "/api/v1/reviews/resolve",
                                supervisor,
                                body("kind", "ROBBERY", "subjectId", mismatchId, "reason", "x"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(count(
                        "SELECT COUNT(*) FROM review_resolutions WHERE subject_id IN (?, ?)",
                        mismatchId,
                        lost.get("id").asText()))
                .isZero();

        HttpResponse<String> resolved = post(
                "/api/v1/reviews/resolve",
                supervisor,
                body("kind", "FEE_MISMATCH", "subjectId", mismatchId, "reason", "manager discount, approved"));

        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(parse(resolved).get("resolution").get("resolvedBy").asText()).isEqualTo("supervisor-bo");
        assertThat(list(get("/api/v1/reviews?resolved=false&kind=FEE_MISMATCH", supervisor)))
                .extracting(i -> i.get("subjectId").asText())
                .doesNotContain(mismatchId);
        assertThat(post(
                                "/api/v1/reviews/resolve",
                                supervisor,
                                body("kind", "FEE_MISMATCH", "subjectId", mismatchId, "reason", "again"))
                        .statusCode())
                .isEqualTo(409);
        awaitEvent("review.resolved", mismatchId);
        assertThat(list(getAdmin("/api/v1/audit-log?target=session:" + mismatchId)
                        .get("items")))
                .extracting(a -> a.get("action").asText())
                .containsExactly("review.resolved");
    }

    @Test
    void aSecondOfflineExitIsMoneyToCheckWithItsMoneyAndIsResolvedOnceWithAReason() {
        JsonNode entry = entry("J 20 XC", VehicleType.MOBIL, "IN-XC", now().minus(Duration.ofMinutes(90)));
        JsonNode winner = exit(entry, now().minusSeconds(120), 8_000, 8_000, "CASH", false);
        UUID loserId = UUID.randomUUID();
        HttpResponse<String> second = api.post(
                "/api/v1/exits",
                operator,
                json(new ExitRequest(
                        loserId,
                        entry.get("ticketCode").asText(),
                        null,
                        null,
                        "OUT-XC",
                        now().minusSeconds(60),
                        9_000,
                        7_500,
                        "QRIS",
                        false,
                        true)));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);

        JsonNode conflict =
                item(list(get("/api/v1/reviews?kind=EXIT_CONFLICT", supervisor)), "EXIT_CONFLICT", loserId.toString());

        assertThat(conflict.get("sessionId").asText()).isEqualTo(entry.get("id").asText());
        assertThat(conflict.get("fee").asLong()).isEqualTo(9_000);
        assertThat(conflict.get("paid").asLong()).isEqualTo(7_500);
        assertThat(conflict.get("amount").asLong())
                .as("the money the losing lane took")
                .isEqualTo(7_500);
        assertThat(conflict.get("paymentMethod").asText()).isEqualTo("QRIS");
        assertThat(conflict.get("gate").asText()).isEqualTo("OUT-XC");
        assertThat(conflict.get("operator").asText()).isEqualTo("operator-bo");
        assertThat(conflict.get("station").asText()).isEqualTo("IN-BO");
        assertThat(conflict.get("detail").asText()).isEqualTo("ALREADY_EXITED");
        assertThat(conflict.get("otherExitId").asText())
                .isEqualTo(winner.get("id").asText());
        assertThat(conflict.has("resolution")).isFalse();
        assertThat(list(get("/api/v1/reviews?kind=UNDERPAID", supervisor)))
                .as("the session's own exit was paid in full")
                .extracting(i -> i.get("subjectId").asText())
                .doesNotContain(entry.get("id").asText());

        assertThat(post(
                                "/api/v1/reviews/resolve",
                                supervisor,
                                body("kind", "EXIT_CONFLICT", "subjectId", loserId.toString(), "reason", " "))
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(
                                "/api/v1/reviews/resolve",
                                supervisor,
                                body(
                                        "kind",
                                        "EXIT_CONFLICT",
                                        "subjectId",
                                        entry.get("id").asText(),
                                        "reason",
                                        "x"))
                        .statusCode())
                .as("the subject of a conflict is the losing exit, not the session")
                .isEqualTo(404);
        assertThat(post(
                                "/api/v1/reviews/resolve",
                                operator,
                                body("kind", "EXIT_CONFLICT", "subjectId", loserId.toString(), "reason", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM review_resolutions WHERE subject_id = ?", loserId.toString()))
                .isZero();

        HttpResponse<String> resolved = post(
                "/api/v1/reviews/resolve",
                supervisor,
                body("kind", "EXIT_CONFLICT", "subjectId", loserId.toString(), "reason", "QRIS refunded to driver"));

        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(parse(resolved).get("resolution").get("reason").asText()).isEqualTo("QRIS refunded to driver");
        assertThat(item(
                                list(get("/api/v1/reviews?kind=EXIT_CONFLICT&resolved=true", supervisor)),
                                "EXIT_CONFLICT",
                                loserId.toString())
                        .get("resolution")
                        .get("resolvedBy")
                        .asText())
                .isEqualTo("supervisor-bo");
        assertThat(list(get("/api/v1/reviews?resolved=false", supervisor)))
                .extracting(i -> i.get("subjectId").asText())
                .doesNotContain(loserId.toString());
        assertThat(post(
                                "/api/v1/reviews/resolve",
                                supervisor,
                                body("kind", "EXIT_CONFLICT", "subjectId", loserId.toString(), "reason", "again"))
                        .statusCode())
                .isEqualTo(409);
        awaitEvent("review.resolved", loserId.toString());
        assertThat(list(getAdmin("/api/v1/audit-log?target=exit:" + loserId).get("items")))
                .extracting(a -> a.get("action").asText())
                .containsExactly("review.resolved");
        assertThat(count("SELECT COUNT(*) FROM exit_conflicts WHERE id = ?", loserId.toString()))
                .as("resolving keeps the record")
                .isEqualTo(1);
    }

    @Test
    void theBackOfficesPendingExitLimitIsTheOneTheListingUses() {
        long before = getAdmin("/api/v1/settings").get("pendingExitMinutes").asLong();
        assertThat(put("/api/v1/settings", admin, body("pendingExitMinutes", 5)).statusCode())
                .isEqualTo(200);
        try {
            UUID exitId = UUID.randomUUID();
            HttpResponse<String> pending = api.post(
                    "/api/v1/exits",
                    operator,
                    json(new ExitRequest(
                            exitId,
                            null,
                            UUID.randomUUID(),
                            "J 22 OV",
                            "OUT-OV",
                            now(),
                            4_000,
                            4_000,
                            "CASH",
                            false,
                            true)));
            assertThat(pending.statusCode()).isEqualTo(202);
            clock.advance(Duration.ofMinutes(6)); // past the saved 5 min, well within the server's default 30

            assertThat(list(get("/api/v1/pending-exits?overdue=true", supervisor)))
                    .extracting(p -> p.get("id").asText())
                    .contains(exitId.toString());
            assertThat(item(
                                    list(get("/api/v1/reviews?kind=PENDING_EXIT", supervisor)),
                                    "PENDING_EXIT",
                                    exitId.toString())
                            .get("detail")
                            .asText())
                    .isEqualTo("OVERDUE");
        } finally {
            put("/api/v1/settings", admin, body("pendingExitMinutes", before));
        }
    }

    @Test
    void anExitWaitingForAnUnseenTicketIsMarkedOverdueOnceItWaitedTheAlertLimit() {
        UUID unseenEntry = UUID.randomUUID();
        UUID exitId = UUID.randomUUID();
        HttpResponse<String> pending = api.post(
                "/api/v1/exits",
                operator,
                json(new ExitRequest(
                        exitId, null, unseenEntry, "J 21 OV", "OUT-OV", now(), 4_000, 4_000, "CASH", false, true)));
        assertThat(pending.statusCode()).isEqualTo(202);
        long limitMinutes =
                getAdmin("/api/v1/settings").get("pendingExitMinutes").asLong();

        assertThat(item(list(get("/api/v1/reviews?kind=PENDING_EXIT", supervisor)), "PENDING_EXIT", exitId.toString())
                        .get("detail")
                        .asText())
                .isEqualTo("WAITING");
        clock.advance(Duration.ofMinutes(limitMinutes + 1));
        JsonNode overdue =
                item(list(get("/api/v1/reviews?kind=PENDING_EXIT", supervisor)), "PENDING_EXIT", exitId.toString());

        assertThat(overdue.get("detail").asText()).isEqualTo("OVERDUE");
        assertThat(overdue.get("sessionId").asText()).isEqualTo(unseenEntry.toString());
        assertThat(overdue.get("gate").asText()).isEqualTo("OUT-OV");
        assertThat(overdue.get("amount").asLong()).isEqualTo(4_000);
        assertThat(list(get("/api/v1/alerts", supervisor)))
                .extracting(a -> a.get("id").asText())
                .as("the same limit as the alert")
                .contains("PENDING_EXIT_OVERDUE:" + exitId);
    }

    @Test
    void alertsAreListedAndPushedAsRealtimeEventsWhenTheyStartAndEnd() {
        long inside = list(get("/api/v1/stats/now", supervisor).get("occupancy")).stream()
                .filter(o -> o.get("vehicleType").asText().equals("TRUK"))
                .findFirst()
                .orElseThrow()
                .get("inside")
                .asLong();
        put("/api/v1/capacity", admin, "{\"TRUK\": " + (inside + 1) + "}");
        JsonNode truck = entry("L 1 AL", VehicleType.TRUK, "IN-AL", now().minusSeconds(10));
        JsonNode longStay = entry("L 2 AL", VehicleType.MOTOR, "IN-AL", now().minus(Duration.ofHours(30)));

        List<String> alerts = list(get("/api/v1/alerts", supervisor)).stream()
                .map(a -> a.get("id").asText())
                .toList();

        assertThat(alerts)
                .contains(
                        "OCCUPANCY_HIGH:TRUK", "LONG_STAY:" + longStay.get("id").asText());
        awaitEvent("alert.raised", "OCCUPANCY_HIGH:TRUK");
        awaitEvent("alert.raised", "LONG_STAY:" + longStay.get("id").asText());

        post("/api/v1/sessions/" + longStay.get("id").asText() + "/void", supervisor, body("reason", "test"));
        put("/api/v1/capacity", admin, "{\"TRUK\": 0}");

        awaitEvent("alert.cleared", "LONG_STAY:" + longStay.get("id").asText());
        awaitEvent("alert.cleared", "OCCUPANCY_HIGH:TRUK");
        assertThat(truck.get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void theSyncLogIsFilteredByStationOutcomeAndKind() {
        String lane = login("operator-bo", "IN-SYNC-3");
        UUID id = UUID.randomUUID();
        String request = json(new id.sistemparkir.core.contract.EntryRequest(
                id, null, "M 5 SY", VehicleType.MOBIL, "IN-SY", now(), true, false));
        api.post("/api/v1/entries", lane, request);
        api.post("/api/v1/entries", lane, request);

        JsonNode all = get("/api/v1/sync-log?station=IN-SYNC-3", supervisor);
        JsonNode created = get("/api/v1/sync-log?station=IN-SYNC-3&outcome=created&kind=entry", supervisor);

        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(list(all.get("items")))
                .extracting(l -> l.get("outcome").asText())
                .containsExactly("ALREADY_PRESENT", "CREATED");
        assertThat(list(created.get("items")))
                .singleElement()
                .satisfies(l -> assertThat(l.get("recordId").asText()).isEqualTo(id.toString()));
        assertThat(api.get("/api/v1/sync-log?outcome=LOST", supervisor).statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/sync-log?recordId=123", supervisor).statusCode())
                .isEqualTo(400);
    }

    @Test
    void backupNowWritesAnEmbeddedBackupAndIsRefusedOnMariaDb() {
        HttpResponse<String> made = post("/api/v1/backups", admin, "{}");
        if (database.label().equals("H2")) {
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            String name = parse(made).get("name").asText();
            assertThat(name).matches("parkir-backup-\\d{8}T\\d{9}Z\\.zip");
            assertThat(parse(made).get("sizeBytes").asLong()).isPositive();
            assertThat(list(getAdmin("/api/v1/backups")))
                    .extracting(b -> b.get("name").asText())
                    .contains(name);
        } else {
            assertThat(made.statusCode()).isEqualTo(409);
            assertThat(parse(made).get("error").asText()).isEqualTo("not_embedded");
        }
    }

    private Optional<JsonNode> station(String code) {
        return list(get("/api/v1/stations", supervisor)).stream()
                .filter(s -> s.get("code").asText().equals(code))
                .findFirst();
    }

    private static JsonNode item(List<JsonNode> items, String kind, String subject) {
        return items.stream()
                .filter(i -> i.get("kind").asText().equals(kind)
                        && i.get("subjectId").asText().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " for " + subject + " in " + items));
    }

    private static JsonNode motor(JsonNode stats) {
        return list(stats.get("occupancy")).stream()
                .filter(o -> o.get("vehicleType").asText().equals("MOTOR"))
                .findFirst()
                .orElseThrow();
    }

    private static long hourTotal(JsonNode traffic) {
        return list(traffic.get("hours")).stream()
                .mapToLong(h -> h.get("entries").asLong() + h.get("exits").asLong())
                .sum();
    }
}
