package id.sistemparkir.client.device.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.device.barrier.SerialRelayConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeviceSettingsTest {

    @Test
    void everythingIsSimulatedByDefault() {
        assertThat(DeviceSettings.parse(Map.of())).isEqualTo(DeviceSettings.defaults());
        assertThat(DeviceSettings.defaults().toString())
                .isEqualTo("camera=simulated; printer=simulated; barrier=simulated");
    }

    @Test
    void cameraForms() {
        assertThat(camera("simulated")).isEqualTo(new CameraSetting.Simulated());
        assertThat(camera(" Simulated ")).isEqualTo(new CameraSetting.Simulated());
        assertThat(camera("file:/var/cam/latest.jpg"))
                .isEqualTo(new CameraSetting.JpegFile(Path.of("/var/cam/latest.jpg")));
        assertThat(camera("file:///var/cam/latest.jpg"))
                .isEqualTo(new CameraSetting.JpegFile(Path.of("/var/cam/latest.jpg")));
        assertThat(camera("http://192.168.1.64/ISAPI/Streaming/channels/101/picture"))
                .isEqualTo(new CameraSetting.Snapshot(
                        URI.create("http://192.168.1.64/ISAPI/Streaming/channels/101/picture"),
                        Duration.ofSeconds(2),
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void cameraCredentialsAndTimeoutFromTheirOwnKeys() {
        DeviceSettings settings = DeviceSettings.parse(Map.of(
                "camera", "https://cam.local:8443/snap.jpg",
                "camera.user", "admin",
                "camera.password", "rahasia",
                "camera.timeoutMillis", "1500"));

        assertThat(settings.camera())
                .isEqualTo(new CameraSetting.Snapshot(
                        URI.create("https://cam.local:8443/snap.jpg"),
                        Duration.ofMillis(1500),
                        Optional.of("admin"),
                        Optional.of("rahasia")));
        assertThat(settings.toString()).contains("user admin").doesNotContain("rahasia");
    }

    @Test
    void cameraCredentialsInTheUrlAreTakenOutOfIt() {
        CameraSetting setting = camera("http://admin:p%40ss+1@10.0.0.5:8080/cgi-bin/snapshot.cgi?channel=1");

        assertThat(setting)
                .isEqualTo(new CameraSetting.Snapshot(
                        URI.create("http://10.0.0.5:8080/cgi-bin/snapshot.cgi?channel=1"),
                        Duration.ofSeconds(2),
                        Optional.of("admin"),
                        Optional.of("p@ss+1")));
        assertThat(setting.toString()).doesNotContain("p@ss");
    }

    @Test
    void printerForms() {
        assertThat(printer("simulated")).isEqualTo(new PrinterSetting.Simulated());
        assertThat(printer("png:prints")).isEqualTo(new PrinterSetting.PngFiles(Path.of("prints")));
        assertThat(printer("PDF:/srv/tiket")).isEqualTo(new PrinterSetting.PdfFiles(Path.of("/srv/tiket")));
        Duration timeout = Duration.ofSeconds(3);
        assertThat(printer("escpos:192.168.1.50")).isEqualTo(new PrinterSetting.EscPos("192.168.1.50", 9100, timeout));
        assertThat(printer("escpos:printer.lane1:9101"))
                .isEqualTo(new PrinterSetting.EscPos("printer.lane1", 9101, timeout));
        assertThat(printer("escpos:[fe80::1]:9100")).isEqualTo(new PrinterSetting.EscPos("fe80::1", 9100, timeout));
        assertThat(printer("escpos:[fe80::1]")).isEqualTo(new PrinterSetting.EscPos("fe80::1", 9100, timeout));
        assertThat(DeviceSettings.parse(Map.of("printer", "escpos:p", "printer.timeoutMillis", "800"))
                        .printer())
                .isEqualTo(new PrinterSetting.EscPos("p", 9100, Duration.ofMillis(800)));
    }

    @Test
    void barrierForms() {
        assertThat(barrier(Map.of("barrier", "simulated"))).isEqualTo(new BarrierSetting.Simulated());
        assertThat(barrier(Map.of("barrier", "serial:COM3")))
                .isEqualTo(new BarrierSetting.Serial(SerialRelayConfig.defaults("COM3")));
        assertThat(barrier(Map.of(
                        "barrier", "serial:/dev/ttyUSB0",
                        "barrier.baudRate", "19200",
                        "barrier.autoCloseSeconds", "0")))
                .isEqualTo(new BarrierSetting.Serial(SerialRelayConfig.defaults("/dev/ttyUSB0")
                        .withBaudRate(19200)
                        .withAutoCloseAfter(Duration.ZERO)));
    }

    @Test
    void unknownValuesSayWhatIsAccepted() {
        assertThatThrownBy(() -> camera("webcam"))
                .isInstanceOf(InvalidDeviceSettingException.class)
                .hasMessage("camera='webcam' is not a camera; use simulated, file:PATH or http(s)://HOST/PATH");
        assertThatThrownBy(() -> printer("lpt1"))
                .isInstanceOf(InvalidDeviceSettingException.class)
                .hasMessage("printer='lpt1' is not a printer; use simulated, png:DIR, pdf:DIR or escpos:HOST[:PORT]");
        assertThatThrownBy(() -> barrier(Map.of("barrier", "gpio:4")))
                .isInstanceOf(InvalidDeviceSettingException.class)
                .hasMessageStartingWith("barrier='gpio:4' is not a barrier; use simulated or serial:PORT");
    }

    @Test
    void badDetailsAreNamed() {
        assertThatThrownBy(() -> printer("escpos:p:99999"))
                .hasMessage("printer='escpos:p:99999' has no valid port; use a number 1-65535, e.g. 9100");
        assertThatThrownBy(() -> printer("escpos:")).hasMessageContaining("names no host");
        assertThatThrownBy(() -> printer("escpos:fe80::1:9100")).hasMessageContaining("escpos:[ADDRESS]:PORT");
        assertThatThrownBy(() -> printer("png:")).hasMessage("printer='png:' names no path");
        assertThatThrownBy(() -> barrier(Map.of("barrier", "serial:")))
                .hasMessageStartingWith("barrier='serial:' names no port");
        assertThatThrownBy(() -> barrier(Map.of("barrier", "serial:COM3", "barrier.baudRate", "fast")))
                .hasMessage("barrier.baudRate='fast' is not a baud rate, e.g. 9600");
        assertThatThrownBy(() -> DeviceSettings.parse(Map.of("camera", "http://cam/x", "camera.timeoutMillis", "0")))
                .hasMessage("camera.timeoutMillis='0' is not milliseconds 1-600000");
        assertThatThrownBy(() -> DeviceSettings.parse(Map.of("camera", "http://cam/x", "camera.password", "pw")))
                .hasMessage("camera.password needs camera.user");
        assertThatThrownBy(() -> camera("http:///nohost")).hasMessageContaining("no host");
    }

    @Test
    void anUnknownKeyIsATypoNotSilence() {
        assertThatThrownBy(() -> DeviceSettings.parse(Map.of("camera.pasword", "x")))
                .isInstanceOf(InvalidDeviceSettingException.class)
                .hasMessageStartingWith("unknown device setting 'camera.pasword'; known settings: camera, camera.user");
    }

    @Test
    void fromPropertiesTakesTheKeysUnderAPrefix() {
        Properties properties = new Properties();
        properties.setProperty("device.printer", "png:out");
        properties.setProperty("device.barrier", "serial:COM4");
        properties.setProperty("server.url", "http://localhost:8181");

        DeviceSettings settings = DeviceSettings.fromProperties(properties, "device.");

        assertThat(settings.camera()).isEqualTo(new CameraSetting.Simulated());
        assertThat(settings.printer()).isEqualTo(new PrinterSetting.PngFiles(Path.of("out")));
        assertThat(settings.barrier()).isEqualTo(new BarrierSetting.Serial(SerialRelayConfig.defaults("COM4")));
        assertThat(settings.toString())
                .isEqualTo("camera=simulated; printer=png:out; barrier=serial:COM4 9600 baud, auto-close 10 s");
    }

    private static CameraSetting camera(String value) {
        return DeviceSettings.parse(Map.of("camera", value)).camera();
    }

    private static PrinterSetting printer(String value) {
        return DeviceSettings.parse(Map.of("printer", value)).printer();
    }

    private static BarrierSetting barrier(Map<String, String> values) {
        return DeviceSettings.parse(values).barrier();
    }
}
