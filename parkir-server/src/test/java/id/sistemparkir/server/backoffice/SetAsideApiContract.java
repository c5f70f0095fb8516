package id.sistemparkir.server.backoffice;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/sync-log/set-aside}: a lane reports a record set aside for good; the back office finds it in the
 * sync log by outcome {@code SET_ASIDE}, once, with the reason and the lane's station. Bad input changes nothing.
 */
abstract class SetAsideApiContract extends BackOfficeApiContract {

    private static final String PATH = "/api/v1/sync-log/set-aside";

    private static String body(Object recordId, Object kind, Object reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordId", recordId);
        body.put("kind", kind);
        body.put("reason", reason);
        return json(body);
    }

    private JsonNode lines(UUID recordId) {
        HttpResponse<String> response = api.get("/api/v1/sync-log?recordId=" + recordId, supervisor);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response).get("items");
    }

    @Test
    void aReportIsListedOnceForTheBackOfficeWithTheLanesStationAndReason() {
        UUID id = UUID.randomUUID();
        String lane = login("operator-bo", "OUT-ASIDE");

        HttpResponse<String> first = api.post(PATH, lane, body(id, "exit", "Jam masa depan, dicatat manual"));
        HttpResponse<String> again = api.post(PATH, lane, body(id, "exit", "another reason"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(parse(first).get("duplicate").asBoolean()).isFalse();
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(parse(again).get("duplicate").asBoolean()).isTrue();
        JsonNode items = lines(id);
        assertThat(items).hasSize(1);
        JsonNode line = items.get(0);
        assertThat(line.get("outcome").asText()).isEqualTo("SET_ASIDE");
        assertThat(line.get("kind").asText()).isEqualTo("exit");
        assertThat(line.get("station").asText()).isEqualTo("OUT-ASIDE");
        assertThat(line.get("message").asText()).isEqualTo("Jam masa depan, dicatat manual");

        HttpResponse<String> byOutcome = api.get("/api/v1/sync-log?outcome=set_aside&station=OUT-ASIDE", supervisor);
        assertThat(byOutcome.statusCode()).as(byOutcome.body()).isEqualTo(200);
        assertThat(parse(byOutcome).get("items").findValuesAsText("recordId")).contains(id.toString());
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        UUID id = UUID.randomUUID();
        String lane = login("operator-bo", "IN-ASIDE");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(body(id, "entry", ""), "invalid_reason");
        cases.put(body(id, "entry", null), "invalid_reason");
        cases.put(body(id, "entry", "x".repeat(501)), "invalid_reason");
        cases.put(body(id, "entry", "a\nb"), "invalid_reason");
        cases.put(body(id, "entry", "<script>"), "invalid_reason");
        cases.put(body(id, "gate", "ok"), "invalid_parameter");
        cases.put(body(id, null, "ok"), "invalid_field");
        cases.put(body("not-a-uuid", "entry", "ok"), "invalid_field");
        cases.put(body(null, "entry", "ok"), "invalid_field");
        cases.put(
                "{\"recordId\":\"" + id + "\",\"kind\":\"entry\",\"reason\":\"ok\",\"station\":\"X\"}",
                "invalid_field");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> response = api.post(PATH, lane, c.getKey());
            assertThat(response.statusCode())
                    .as(c.getKey() + " -> " + response.body())
                    .isEqualTo(400);
            assertThat(parse(response).get("error").asText()).as(c.getKey()).isEqualTo(c.getValue());
        }

        // A login without a station cannot say which lane set the record aside.
        HttpResponse<String> noStation = api.post(PATH, api.login("operator-bo", PASSWORD), body(id, "entry", "ok"));
        assertThat(noStation.statusCode()).as(noStation.body()).isEqualTo(400);
        assertThat(parse(noStation).get("error").asText()).isEqualTo("station_required");

        HttpResponse<String> anonymous = api.post(PATH, null, body(id, "entry", "ok"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(lines(id)).isEmpty();
    }

    @Test
    void theSyncLogFilterKnowsTheNewOutcomeAndStillRefusesUnknownOnes() {
        for (String outcome : List.of("SET_ASIDE", "REJECTED", "CREATED")) {
            HttpResponse<String> ok = api.get("/api/v1/sync-log?outcome=" + outcome, supervisor);
            assertThat(ok.statusCode()).as(outcome + " " + ok.body()).isEqualTo(200);
        }
        HttpResponse<String> unknown = api.get("/api/v1/sync-log?outcome=SET_ASIDE_X", supervisor);
        assertThat(unknown.statusCode()).isEqualTo(400);
    }
}
