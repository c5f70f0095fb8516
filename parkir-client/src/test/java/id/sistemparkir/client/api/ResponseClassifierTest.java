package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import id.sistemparkir.core.contract.HealthResponse;
import id.sistemparkir.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseClassifierTest {

    private static final JavaType HEALTH = Json.lenientMapper().constructType(HealthResponse.class);
    private static final String HEALTH_UP = "{\"server\":\"UP\",\"database\":\"UP\",\"time\":\"2026-11-25T01:00:00Z\"}";
    private static final String HEALTH_DOWN =
            "{\"server\":\"UP\",\"database\":\"DOWN\",\"time\":\"2026-11-25T01:00:00Z\"}";

    @Test
    void a2xxIsOkWithItsBodyAndUnknownFieldsAreIgnored() {
        ApiResult<HealthResponse> result = classify(
                200,
                "{\"server\":\"UP\",\"database\":\"UP\"," + "\"time\":\"2026-11-25T08:00:00+07:00\",\"newField\":1}",
                false);

        assertThat(result)
                .isEqualTo(
                        new ApiResult.Ok<>(200, new HealthResponse("UP", "UP", Instant.parse("2026-11-25T01:00:00Z"))));
    }

    @Test
    void a2xxWithABodyThatCannotBeReadIsUnavailableNotAGuess() {
        assertThat(classify(200, "<html>proxy login</html>", false)).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(classify(200, "", false)).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(classify(200, "null", false)).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(classify(200, "{\"server\":\"UP\",\"time\":12}", false)).isInstanceOf(ApiResult.Unavailable.class);
    }

    @Test
    void aCallWithoutBodyIsOkWhateverTheServerSends() {
        assertThat(ResponseClassifier.classify(204, new byte[0], null, false)).isEqualTo(new ApiResult.Ok<>(204, null));
        assertThat(ResponseClassifier.classify(201, bytes("{\"recordId\":\"x\"}"), null, false))
                .isEqualTo(new ApiResult.Ok<>(201, null));
    }

    @Test
    void a4xxIsRejectedWithTheServersCodeMessageAndRawBody() {
        String body =
                "{\"error\":\"already_exited\",\"message\":\"Ticket already exited\",\"existing\":{\"id\":\"e\"}}";

        assertThat(classify(409, body, false))
                .isEqualTo(new ApiResult.Rejected<>(409, "already_exited", "Ticket already exited", body));
        assertThat(classify(404, "not json", false))
                .isEqualTo(new ApiResult.Rejected<>(404, "http_404", "not json", "not json"));
    }

    @Test
    void a401IsUnauthorized() {
        assertThat(classify(401, "{\"error\":\"token_expired\",\"message\":\"Log in again.\"}", false))
                .isEqualTo(new ApiResult.Unauthorized<>("token_expired", "Log in again."));
        assertThat(classify(401, "", false)).isEqualTo(new ApiResult.Unauthorized<>("unauthorized", ""));
    }

    @Test
    void a5xxIsUnavailable() {
        assertThat(classify(503, "{\"error\":\"database_unavailable\",\"message\":\"The database is down.\"}", false))
                .isEqualTo(new ApiResult.Unavailable<>("HTTP 503 database_unavailable: The database is down."));
        assertThat(classify(500, "", false)).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(classify(302, "", false)).isInstanceOf(ApiResult.Unavailable.class);
    }

    @Test
    void healthsOwn503WithItsBodyIsOkDatabaseDownButAnyOther503IsUnavailable() {
        ApiResult<HealthResponse> down = classify(503, HEALTH_DOWN, true);

        assertThat(down).isInstanceOfSatisfying(ApiResult.Ok.class, ok -> assertThat(ok.status())
                .isEqualTo(503));
        assertThat(down.bodyOrNull().database()).isEqualTo("DOWN");
        assertThat(classify(503, "<html>Service Unavailable</html>", true)).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(classify(503, HEALTH_DOWN, false)).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(classify(500, HEALTH_UP, true)).isInstanceOf(ApiResult.Unavailable.class);
    }

    private static ApiResult<HealthResponse> classify(int status, String body, boolean bodyOn503) {
        return ResponseClassifier.classify(status, bytes(body), HEALTH, bodyOn503);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
