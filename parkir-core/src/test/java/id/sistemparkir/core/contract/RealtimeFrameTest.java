package id.sistemparkir.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemparkir.core.contract.RealtimeFrame.ErrorFrame;
import id.sistemparkir.core.contract.RealtimeFrame.Event;
import id.sistemparkir.core.contract.RealtimeFrame.Hello;
import id.sistemparkir.core.contract.RealtimeFrame.Ping;
import id.sistemparkir.core.contract.RealtimeFrame.Pong;
import id.sistemparkir.core.contract.RealtimeFrame.Resync;
import id.sistemparkir.core.contract.RealtimeFrame.Station;
import id.sistemparkir.core.contract.RealtimeFrame.Status;
import id.sistemparkir.core.contract.RealtimeFrame.Subscribe;
import id.sistemparkir.core.json.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the realtime frames of DESIGN §5. */
class RealtimeFrameTest {

    private static final ObjectMapper MAPPER = Json.mapper();

    static Stream<Arguments> frames() throws Exception {
        return Stream.of(
                Arguments.of(
                        new Hello(42, Instant.parse("2026-11-25T01:00:00Z")),
                        "{\"type\":\"hello\",\"seq\":42,\"serverTime\":\"2026-11-25T01:00:00Z\"}"),
                Arguments.of(
                        new Event(
                                43,
                                EventNames.VEHICLE_ENTERED,
                                MAPPER.readTree("{\"id\":\"4f3a9c21-7425-40de-944b-e07fc1f90ae7\",\"fee\":0}")),
                        "{\"type\":\"event\",\"seq\":43,\"event\":\"vehicle.entered\","
                                + "\"data\":{\"id\":\"4f3a9c21-7425-40de-944b-e07fc1f90ae7\",\"fee\":0}}"),
                Arguments.of(
                        new Status("UP", "DOWN", 3),
                        "{\"type\":\"status\",\"server\":\"UP\",\"database\":\"DOWN\",\"clients\":3}"),
                Arguments.of(new Resync(58, 57), "{\"type\":\"resync\",\"seq\":58,\"purgedThrough\":57}"),
                Arguments.of(new Subscribe(41), "{\"type\":\"subscribe\",\"since\":41}"),
                Arguments.of(
                        new Station("IN1", "ParkingIN", 2),
                        "{\"type\":\"station\",\"station\":\"IN1\",\"app\":\"ParkingIN\",\"pendingOffline\":2}"),
                Arguments.of(new Ping(), "{\"type\":\"ping\"}"),
                Arguments.of(new Pong(), "{\"type\":\"pong\"}"),
                Arguments.of(
                        new ErrorFrame("bad_frame", "unknown frame type"),
                        "{\"type\":\"error\",\"error\":\"bad_frame\",\"message\":\"unknown frame type\"}"));
    }

    @ParameterizedTest
    @MethodSource("frames")
    void everyFrameIsPinnedAndRoundTripsAsARealtimeFrame(RealtimeFrame frame, String json) throws Exception {
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(frame))).isEqualTo(MAPPER.readTree(json));
        assertThat(MAPPER.readTree(MAPPER.writerFor(RealtimeFrame.class).writeValueAsString(frame)))
                .isEqualTo(MAPPER.readTree(json));
        assertThat(MAPPER.readValue(json, RealtimeFrame.class)).isEqualTo(frame);
        assertThat(Json.lenientMapper().readValue(json, RealtimeFrame.class)).isEqualTo(frame);
    }

    @Test
    void keepsExplicitNullsInsideEventData() throws Exception {
        String json = "{\"type\":\"event\",\"seq\":7,\"event\":\"session.updated\","
                + "\"data\":{\"id\":\"x\",\"exitTime\":null}}";

        RealtimeFrame frame = MAPPER.readValue(json, RealtimeFrame.class);

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(frame))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void everyFrameTypeIsRegistered() {
        JsonSubTypes subTypes = RealtimeFrame.class.getAnnotation(JsonSubTypes.class);

        assertThat(Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::value))
                .containsExactlyInAnyOrder(RealtimeFrame.class.getPermittedSubclasses());
        assertThat(Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::name))
                .containsExactlyInAnyOrder(
                        "hello", "event", "status", "resync", "subscribe", "station", "ping", "pong", "error");
    }

    @Test
    void theServerRefusesUnknownOrUntypedFrames() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"bogus\"}", RealtimeFrame.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"since\":4}", RealtimeFrame.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"subscribe\",\"since\":\"4\"}", RealtimeFrame.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"ping\",\"x\":1}", RealtimeFrame.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void clientsSkipFrameTypesAndFieldsAddedLater() throws Exception {
        ObjectMapper lenient = Json.lenientMapper();

        assertThat(lenient.readValue("{\"type\":\"shutdown\",\"in\":30}", RealtimeFrame.class))
                .isNull();
        assertThat(lenient.readValue(
                        "{\"type\":\"status\",\"server\":\"UP\",\"database\":\"UP\",\"clients\":1," + "\"node\":\"b\"}",
                        RealtimeFrame.class))
                .isEqualTo(new Status("UP", "UP", 1));
    }

    @Test
    void eventNamesMatchTheDesign() {
        assertThat(Stream.of(
                        EventNames.VEHICLE_ENTERED,
                        EventNames.VEHICLE_EXITED,
                        EventNames.SESSION_UPDATED,
                        EventNames.TARIFF_UPDATED,
                        EventNames.DUPLICATE_RESOLVED,
                        EventNames.PENDING_EXIT_OVERDUE,
                        EventNames.EXIT_CONFLICT))
                .containsExactly(
                        "vehicle.entered",
                        "vehicle.exited",
                        "session.updated",
                        "tariff.updated",
                        "duplicate.resolved",
                        "pending_exit.overdue",
                        "exit.conflict");
    }
}
