package id.sistemparkir.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server refuses before any service sees it: wrong types, unknown fields, missing fields. */
class RequestValidationTest {

    private static final String ENTRY =
            """
            {"id":"4f3a9c21-7425-40de-944b-e07fc1f90ae7","plate":"B 1234 XYZ","vehicleType":"MOBIL",
             "gate":"IN1","entryTime":"2026-11-25T08:00:00+07:00","offline":false}""";
    private static final String EXIT =
            """
            {"id":"9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b","ticketCode":"T1ABC","gate":"OUT1",
             "exitTime":"2026-11-25T10:30:00+07:00","fee":11000,"paid":20000,"paymentMethod":"CASH",
             "lostTicket":false,"offline":false}""";

    @Test
    void requestsAcceptTimesWithAnyOffset() throws Exception {
        EntryRequest entry = Json.mapper().readValue(ENTRY, EntryRequest.class);
        ExitRequest exit = Json.mapper().readValue(EXIT, ExitRequest.class);

        assertThat(entry.entryTime()).isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
        assertThat(exit.exitTime()).isEqualTo(Instant.parse("2026-11-25T03:30:00Z"));
        assertThat(Json.mapper().writeValueAsString(entry)).contains("\"entryTime\":\"2026-11-25T01:00:00Z\"");
    }

    @Test
    void nonStandardPlateIsOptionalAndDefaultsToFalse() throws Exception {
        assertThat(Json.mapper().readValue(ENTRY, EntryRequest.class).nonStandardPlate())
                .isFalse();
        assertThat(Json.mapper()
                        .readValue(ENTRY.replace("}", ",\"nonStandardPlate\":true}"), EntryRequest.class)
                        .nonStandardPlate())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"B 1234 XYZ\"=>123",
                "\"MOBIL\"=>\"BUS\"",
                "\"MOBIL\"=>\"mobil\"",
                "\"MOBIL\"=>1",
                "\"offline\":false=>\"offline\":\"false\"",
                "\"offline\":false=>\"ofline\":false",
                "\"offline\":false=>\"offline\":false,\"plat\":\"B1\"",
                ",\"offline\":false=>",
                "\"plate\":\"B 1234 XYZ\",=>",
                "\"plate\":\"B 1234 XYZ\"=>\"plate\":null",
                "\"id\":\"4f3a9c21-7425-40de-944b-e07fc1f90ae7\",=>",
                "\"4f3a9c21-7425-40de-944b-e07fc1f90ae7\"=>\"4f3a9c21\"",
                "\"2026-11-25T08:00:00+07:00\"=>\"2026-11-25 08:00\"",
                "\"gate\":\"IN1\",=>"
            })
    void rejectsBadEntryRequests(String edit) {
        assertRejected(ENTRY, edit, EntryRequest.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"fee\":11000=>\"fee\":\"abc\"",
                "\"fee\":11000=>\"fee\":\"11000\"",
                "\"fee\":11000=>\"fee\":1.5",
                "\"fee\":11000=>\"fee\":-1",
                "\"paid\":20000=>\"paid\":-500",
                "\"fee\":11000,=>",
                "\"lostTicket\":false,=>",
                "\"ticketCode\":\"T1ABC\",=>",
                "\"gate\":\"OUT1\",=>",
                "\"paymentMethod\":\"CASH\"=>\"paymentMethod\":1",
                "\"offline\":false=>\"offline\":false,\"feee\":1"
            })
    void rejectsBadExitRequests(String edit) {
        assertRejected(EXIT, edit, ExitRequest.class);
    }

    @Test
    void explainsAMissingFieldByName() {
        assertThatThrownBy(() ->
                        Json.mapper().readValue(ENTRY.replace("\"plate\":\"B 1234 XYZ\",", ""), EntryRequest.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("plate is required");
    }

    @Test
    void loginRecordsNeverPrintSecrets() {
        LoginRequest request = new LoginRequest("operator1", "rahasia", "IN1");
        LoginResponse response = new LoginResponse("tok.en.value", null, new UserInfo("operator1", "OPERATOR"));

        assertThat(request.toString()).contains("operator1").doesNotContain("rahasia");
        assertThat(response.toString()).contains("operator1").doesNotContain("tok.en.value");
    }

    private static void assertRejected(String valid, String edit, Class<?> type) {
        String[] parts = edit.split("=>", -1);
        String json = valid.replace(parts[0], parts[1]);
        assertThat(json).as("the edit applies").isNotEqualTo(valid);

        assertThatThrownBy(() -> Json.mapper().readValue(json, type))
                .as(json)
                .isInstanceOf(JsonProcessingException.class);
    }
}
