package id.sistemparkir.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    enum Color {
        RED
    }

    record Sample(String text, long amount, boolean flag, Instant time, UUID id, Color color, Long optional) {}

    private static final String VALID =
            """
            {"text":"B1234XYZ","amount":5000,"flag":true,"time":"2026-11-25T01:00:00Z",
             "id":"4f3a9c21-7425-40de-944b-e07fc1f90ae7","color":"RED"}""";
    private static final Sample SAMPLE = new Sample(
            "B1234XYZ",
            5000,
            true,
            Instant.parse("2026-11-25T01:00:00Z"),
            UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7"),
            Color.RED,
            null);

    @Test
    void sharesOneInstancePerMapper() {
        assertThat(Json.mapper()).isSameAs(Json.mapper()).isNotSameAs(Json.lenientMapper());
        assertThat(Json.lenientMapper()).isSameAs(Json.lenientMapper());
    }

    @Test
    void writesInstantsAsIsoTextInUtcAndLeavesNullsOut() throws Exception {
        assertThat(Json.mapper().writeValueAsString(SAMPLE))
                .isEqualTo("{\"text\":\"B1234XYZ\",\"amount\":5000,\"flag\":true,\"time\":\"2026-11-25T01:00:00Z\","
                        + "\"id\":\"4f3a9c21-7425-40de-944b-e07fc1f90ae7\",\"color\":\"RED\"}");
    }

    @Test
    void readsValidInput() throws Exception {
        assertThat(Json.mapper().readValue(VALID, Sample.class)).isEqualTo(SAMPLE);
        assertThat(Json.lenientMapper().readValue(VALID, Sample.class)).isEqualTo(SAMPLE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-25T08:00:00+07:00",
                "2026-11-25T01:00:00Z",
                "2026-11-25T01:00:00+00:00",
                "2026-11-24T20:00:00-05:00",
                "2026-11-25T08:00:00.000+07:00"
            })
    void readsTimesWithAnyOffset(String time) throws Exception {
        Sample sample = Json.mapper().readValue(VALID.replace("2026-11-25T01:00:00Z", time), Sample.class);

        assertThat(sample.time()).isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"amount\":5000=>\"amount\":\"abc\"",
                "\"amount\":5000=>\"amount\":\"5000\"",
                "\"amount\":5000=>\"amount\":1.5",
                "\"amount\":5000=>\"amount\":5000.0",
                "\"amount\":5000=>\"amount\":99999999999999999999",
                "\"amount\":5000=>\"amount\":null",
                "\"amount\":5000,=>",
                "\"text\":\"B1234XYZ\"=>\"text\":123",
                "\"text\":\"B1234XYZ\"=>\"text\":1.5",
                "\"text\":\"B1234XYZ\"=>\"text\":true",
                "\"text\":\"B1234XYZ\"=>\"text\":[\"B\"]",
                "\"flag\":true=>\"flag\":\"true\"",
                "\"flag\":true=>\"flag\":1",
                "\"color\":\"RED\"=>\"color\":\"BLUE\"",
                "\"color\":\"RED\"=>\"color\":\"red\"",
                "\"color\":\"RED\"=>\"color\":0",
                "\"color\":\"RED\"=>\"color\":\"\"",
                "\"id\":\"4f3a9c21-7425-40de-944b-e07fc1f90ae7\"=>\"id\":\"\"",
                "\"id\":\"4f3a9c21-7425-40de-944b-e07fc1f90ae7\"=>\"id\":\"not-a-uuid\"",
                "\"2026-11-25T01:00:00Z\"=>1764032400",
                "\"2026-11-25T01:00:00Z\"=>\"2026-11-25T08:00:00\"",
                "\"2026-11-25T01:00:00Z\"=>\"2026-11-25\"",
                "\"2026-11-25T01:00:00Z\"=>\"\"",
                "\"flag\":true=>\"flag\":true,\"flg\":true",
                "\"flag\":true=>\"flag\":true,\"flag\":false",
                "}=>} {}",
            })
    void rejectsWrongTypesUnknownFieldsAndSloppyInput(String edit) {
        String[] parts = edit.split("=>", -1);
        String json = VALID.replace(parts[0], parts[1]);
        assertThat(json).isNotEqualTo(VALID);

        assertThatThrownBy(() -> Json.mapper().readValue(json, Sample.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void theLenientMapperIgnoresUnknownFieldsButNotWrongTypes() throws Exception {
        ObjectMapper lenient = Json.lenientMapper();
        String newerServer = VALID.replace("\"flag\":true", "\"flag\":true,\"addedLater\":{\"x\":1}");

        assertThat(lenient.readValue(newerServer, Sample.class)).isEqualTo(SAMPLE);
        assertThatThrownBy(() -> Json.mapper().readValue(newerServer, Sample.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("addedLater");
        assertThatThrownBy(() -> lenient.readValue(VALID.replace("5000", "\"5000\""), Sample.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
