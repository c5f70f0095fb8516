package id.sistemparkir.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.contract.RealtimeFrame;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    @Test
    void writesTheClientFramesOfTheContract() {
        assertThat(FrameCodec.encode(new RealtimeFrame.Ping())).isEqualTo("{\"type\":\"ping\"}");
        assertThat(FrameCodec.encode(new RealtimeFrame.Subscribe(42)))
                .isEqualTo("{\"type\":\"subscribe\",\"since\":42}");
        assertThat(FrameCodec.encode(new RealtimeFrame.Station("IN-1", "ParkingIN", 3)))
                .isEqualTo("{\"type\":\"station\",\"station\":\"IN-1\",\"app\":\"ParkingIN\",\"pendingOffline\":3}");
    }

    @Test
    void readsServerFramesLenientlyAndAnUnknownTypeAsNull() throws IOException {
        assertThat(FrameCodec.decode("{\"type\":\"hello\",\"seq\":7,\"serverTime\":\"2026-11-25T08:00:00+07:00\","
                        + "\"node\":\"a\"}"))
                .isEqualTo(new RealtimeFrame.Hello(7, Instant.parse("2026-11-25T01:00:00Z")));
        assertThat(FrameCodec.decode("{\"type\":\"pong\"}")).isEqualTo(new RealtimeFrame.Pong());
        assertThat(FrameCodec.decode("{\"type\":\"shiny.new\",\"x\":1}")).isNull();
        assertThatThrownBy(() -> FrameCodec.decode("not json")).isInstanceOf(IOException.class);
    }
}
