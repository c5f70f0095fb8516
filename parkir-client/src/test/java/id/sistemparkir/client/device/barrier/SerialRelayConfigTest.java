package id.sistemparkir.client.device.barrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SerialRelayConfigTest {

    @Test
    void defaultsAre9600BaudWithTextCommands() {
        SerialRelayConfig config = SerialRelayConfig.defaults("COM3");

        assertThat(config.portName()).isEqualTo("COM3");
        assertThat(config.baudRate()).isEqualTo(9600);
        assertThat(text(config.openCommand())).isEqualTo("OPEN\n");
        assertThat(text(config.closeCommand())).isEqualTo("CLOSE\n");
        assertThat(text(config.pingCommand())).isEqualTo("PING\n");
        assertThat(text(config.pongReply())).isEqualTo("PONG");
        assertThat(config.pingInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.pingTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.autoCloseAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.toString()).contains("COM3 9600 8N1").contains("open=\"OPEN\\n\"");
    }

    @Test
    void arraysAreCopiedAndComparedByContent() {
        SerialRelayConfig config = SerialRelayConfig.defaults("COM3");
        config.openCommand()[0] = 'X';

        assertThat(text(config.openCommand())).isEqualTo("OPEN\n");
        assertThat(config)
                .isEqualTo(SerialRelayConfig.defaults("COM3"))
                .hasSameHashCodeAs(SerialRelayConfig.defaults("COM3"));
        assertThat(config).isNotEqualTo(config.withBaudRate(19200));
    }

    @Test
    void withersChangeOneThing() {
        SerialRelayConfig config = SerialRelayConfig.defaults("/dev/ttyUSB0")
                .withBaudRate(115200)
                .withAutoCloseAfter(Duration.ZERO)
                .withPing(Duration.ofMillis(20), Duration.ofMillis(30));

        assertThat(config.baudRate()).isEqualTo(115200);
        assertThat(config.autoCloseAfter()).isZero();
        assertThat(config.pingInterval()).isEqualTo(Duration.ofMillis(20));
        assertThat(config.pingTimeout()).isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void refusesUnusableValues() {
        SerialRelayConfig config = SerialRelayConfig.defaults("COM3");
        assertThatThrownBy(() -> SerialRelayConfig.defaults(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withBaudRate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withPing(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withAutoCloseAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SerialRelayConfig(
                        "COM3",
                        9600,
                        new byte[0],
                        config.closeCommand(),
                        config.pingCommand(),
                        config.pongReply(),
                        config.pingInterval(),
                        config.pingTimeout(),
                        config.autoCloseAfter()))
                .hasMessageContaining("openCommand");
    }

    @Test
    void printableEscapesControlBytes() {
        assertThat(SerialRelayConfig.printable(new byte[] {'A', 0x0D, 0x0A, 0x01, (byte) 0xA0}))
                .isEqualTo("\"A\\r\\n\\x01\\xA0\"");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
