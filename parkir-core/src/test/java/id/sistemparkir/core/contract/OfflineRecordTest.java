package id.sistemparkir.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline file of DESIGN §6: the request JSON, flat, plus four envelope fields. */
class OfflineRecordTest {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final List<String> ENVELOPE = List.of("schema", "kind", "attempts", "lastError");
    private static final UUID ENTRY_ID = UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7");
    private static final EntryRequest ENTRY = new EntryRequest(
            ENTRY_ID,
            "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
            "B 1234 XYZ",
            VehicleType.MOBIL,
            "IN1",
            Instant.parse("2026-11-25T01:00:00Z"),
            true,
            false);
    private static final ExitRequest EXIT = new ExitRequest(
            UUID.fromString("9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b"),
            null,
            ENTRY_ID,
            "B1234XYZ",
            "OUT1",
            Instant.parse("2026-11-25T03:30:00Z"),
            61000,
            61000,
            "CASH",
            true,
            true);

    private static final String ENTRY_FILE =
            """
            {"schema":1,"kind":"entry","attempts":0,
             "id":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
             "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
             "plate":"B 1234 XYZ","vehicleType":"MOBIL","gate":"IN1","entryTime":"2026-11-25T08:00:00+07:00",
             "offline":true}""";

    @Test
    void readsAHandWrittenEntryFile() throws Exception {
        OfflineRecord record = MAPPER.readValue(ENTRY_FILE, OfflineRecord.class);

        assertThat(record).isEqualTo(OfflineRecord.of(ENTRY));
        assertThat(record.id()).isEqualTo(ENTRY_ID);
        assertThat(record.exit()).isNull();
    }

    @Test
    void writesTheEnvelopeFirstAndFlat() throws Exception {
        OfflineRecord record = OfflineRecord.of(EXIT).withFailure("HTTP 503: database down");

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(record)))
                .isEqualTo(
                        MAPPER.readTree(
                                """
                {"schema":1,"kind":"exit","attempts":1,"lastError":"HTTP 503: database down",
                 "id":"9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b","entryId":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "plate":"B1234XYZ","gate":"OUT1","exitTime":"2026-11-25T03:30:00Z","fee":61000,"paid":61000,
                 "paymentMethod":"CASH","lostTicket":true,"offline":true}"""));
        assertThat(MAPPER.writeValueAsString(record)).startsWith("{\"schema\":1,\"kind\":\"exit\",\"attempts\":1,");
    }

    @Test
    void withoutTheEnvelopeTheFileIsExactlyTheRequestJson() throws Exception {
        for (OfflineRecord record : List.of(
                OfflineRecord.of(ENTRY),
                OfflineRecord.of(EXIT).withFailure("timeout").withFailure("HTTP 500"))) {
            ObjectNode file = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(record));
            file.remove(ENVELOPE);
            Object request = record.entry() != null ? record.entry() : record.exit();

            assertThat(file).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(request)));
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(record), OfflineRecord.class))
                    .isEqualTo(record);
        }
    }

    @Test
    void countsFailedAttempts() {
        OfflineRecord twice = OfflineRecord.of(ENTRY).withFailure("timeout").withFailure("HTTP 502");

        assertThat(twice.attempts()).isEqualTo(2);
        assertThat(twice.lastError()).isEqualTo("HTTP 502");
        assertThat(twice.entry()).isEqualTo(ENTRY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"schema\":1,=>",
                "\"schema\":1=>\"schema\":2",
                "\"schema\":1=>\"schema\":\"1\"",
                "\"kind\":\"entry\",=>",
                "\"kind\":\"entry\"=>\"kind\":\"exit\"",
                "\"kind\":\"entry\"=>\"kind\":\"ENTRY\"",
                "\"attempts\":0,=>",
                "\"attempts\":0=>\"attempts\":-1",
                "\"attempts\":0=>\"attempts\":0.5",
                "\"attempts\":0=>\"attempts\":0,\"lastError\":42",
                "\"offline\":true=>\"offline\":true,\"extra\":1",
                "\"plate\":\"B 1234 XYZ\",=>",
                "\"MOBIL\"=>\"BUS\"",
                "}=>",
                "{\"schema=>[{\"schema"
            })
    void rejectsDamagedFiles(String edit) {
        String[] parts = edit.split("=>", -1);
        String json = ENTRY_FILE.replace(parts[0], parts[1]);
        assertThat(json).isNotEqualTo(ENTRY_FILE);

        assertThatThrownBy(() -> MAPPER.readValue(json, OfflineRecord.class))
                .as(json)
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void explainsAnUnsupportedSchema() {
        assertThatThrownBy(
                        () -> MAPPER.readValue(ENTRY_FILE.replace("\"schema\":1", "\"schema\":2"), OfflineRecord.class))
                .hasMessageContaining("unsupported offline record schema 2");
    }

    @Test
    void refusesInconsistentRecords() {
        assertThatThrownBy(() -> new OfflineRecord(1, "exit", 0, null, ENTRY, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfflineRecord(1, "entry", 0, null, ENTRY, EXIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfflineRecord(2, "entry", 0, null, ENTRY, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfflineRecord(1, "entry", -1, null, ENTRY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
