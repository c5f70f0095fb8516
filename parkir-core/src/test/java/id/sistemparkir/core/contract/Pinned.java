package id.sistemparkir.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemparkir.core.json.Json;

/** Pins a contract type to hand-written JSON, both ways. */
final class Pinned {

    private Pinned() {}

    /** {@code value} writes exactly {@code json} (as a tree: order and spacing aside) and reads back from it. */
    static <T> void assertPinned(T value, String json) throws Exception {
        ObjectMapper mapper = Json.mapper();

        assertThat(mapper.readTree(mapper.writeValueAsString(value)))
                .as("written JSON")
                .isEqualTo(mapper.readTree(json));
        assertThat(mapper.readValue(json, value.getClass())).as("read value").isEqualTo(value);
        assertThat(Json.lenientMapper().readValue(json, value.getClass()))
                .as("read leniently")
                .isEqualTo(value);
    }
}
