package id.sistemparkir.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.contract.RealtimeFrame;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FramesTest {

    @Test
    void serverFramesHaveTheContractShape() {
        assertThat(Frames.encode(new RealtimeFrame.Hello(42, Instant.parse("2025-03-01T08:00:00.123Z"))))
                .isEqualTo("{\"type\":\"hello\",\"seq\":42,\"serverTime\":\"2025-03-01T08:00:00.123Z\"}");
        assertThat(Frames.encode(new RealtimeFrame.Status("UP", "DOWN", 3)))
                .isEqualTo("{\"type\":\"status\",\"server\":\"UP\",\"database\":\"DOWN\",\"clients\":3}");
        assertThat(Frames.PONG).isEqualTo("{\"type\":\"pong\"}");
        assertThat(Frames.error("bad_frame", "nope"))
                .isEqualTo("{\"type\":\"error\",\"error\":\"bad_frame\",\"message\":\"nope\"}");
    }

    @Test
    void anEventFrameCarriesTheStoredPayloadAsData() {
        StoredEvent stored = new StoredEvent(
                7, "vehicle.entered", "{\"plate\":\"B1234XYZ\",\"fee\":0}", Instant.parse("2025-03-01T08:00:00Z"));

        assertThat(Frames.event(stored))
                .isEqualTo("{\"type\":\"event\",\"seq\":7,\"event\":\"vehicle.entered\","
                        + "\"data\":{\"plate\":\"B1234XYZ\",\"fee\":0}}");
    }

    @Test
    void aStationHeartbeatIsTrimmed() throws Exception {
        assertThat(Frames.decodeClientFrame(
                        "{\"type\":\"station\",\"station\":\" OUT-2 \",\"app\":\"ParkingOut\",\"pendingOffline\":4}"))
                .isEqualTo(new RealtimeFrame.Station("OUT-2", "ParkingOut", 4));
    }

    @Test
    void clientFramesAreReadStrictly() throws Exception {
        assertThat(Frames.decodeClientFrame("{\"type\":\"subscribe\",\"since\":12}"))
                .isEqualTo(new RealtimeFrame.Subscribe(12));
        assertThat(Frames.decodeClientFrame("{\"type\":\"ping\"}")).isEqualTo(new RealtimeFrame.Ping());

        assertBad("", "JSON object");
        assertBad("null", "JSON object");
        assertBad("[1,2]", "JSON object");
        assertBad("{\"type\":\"ping\"} trailing", "not valid JSON");
        assertBad("{\"type\":\"ping\",\"type\":\"ping\"}", "not valid JSON");
        assertBad("{\"type\":\"pong\"}", "may send only");
        assertBad("{\"type\":\"subscribe\",\"since\":1.5}", "Field 'since'");
        assertBad("{\"type\":\"subscribe\"}", "Field 'since' is missing");
        assertBad("{\"type\":\"station\",\"station\":\"" + "X".repeat(65) + "\",\"pendingOffline\":0}", "64");
        assertBad(
                "{\"type\":\"station\",\"station\":\"IN-1\",\"app\":\"" + "A".repeat(33) + "\",\"pendingOffline\":0}",
                "32");
    }

    private static void assertBad(String text, String messagePart) {
        assertThatThrownBy(() -> Frames.decodeClientFrame(text))
                .isInstanceOf(Frames.BadFrameException.class)
                .hasMessageContaining(messagePart);
    }
}
