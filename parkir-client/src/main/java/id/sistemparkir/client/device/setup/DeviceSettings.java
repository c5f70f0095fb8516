package id.sistemparkir.client.device.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Which camera, printer and barrier a lane uses, as read from its configuration file.
 *
 * <pre>
 * camera=simulated | file:PATH | http://HOST/PATH | https://HOST/PATH    (default simulated)
 * camera.user=admin                 camera.password=secret      (HTTP Basic; or user:password@ in the URL)
 * camera.timeoutMillis=2000
 * printer=simulated | png:DIR | pdf:DIR | escpos:HOST[:PORT]             (default simulated; port 9100)
 * printer.timeoutMillis=3000
 * barrier=simulated | serial:PORT                                         (default simulated; e.g. serial:COM3)
 * barrier.baudRate=9600             barrier.autoCloseSeconds=10  (0: the arm stays up until lowered)
 * </pre>
 *
 * {@link #toString()} never shows the camera password, so the settings can be logged at start-up.
 */
public record DeviceSettings(CameraSetting camera, PrinterSetting printer, BarrierSetting barrier) {

    /** Every key {@link #parse} accepts. */
    public static final List<String> KEYS = DeviceSettingsParser.KEYS;

    public DeviceSettings {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(barrier, "barrier");
    }

    /** Everything simulated: nothing written, nothing connected. */
    public static DeviceSettings defaults() {
        return new DeviceSettings(
                new CameraSetting.Simulated(), new PrinterSetting.Simulated(), new BarrierSetting.Simulated());
    }

    /**
     * Reads the settings from keys without prefix ({@code camera}, {@code printer.timeoutMillis}, …); a missing key
     * takes its default.
     *
     * @throws InvalidDeviceSettingException for an unknown key or a value that cannot be used, naming the key and
     *     what is accepted
     */
    public static DeviceSettings parse(Map<String, String> values) {
        return new DeviceSettingsParser(values).parse();
    }

    /**
     * Reads the settings from the properties whose keys start with {@code prefix} (e.g. {@code "device."} for
     * {@code device.camera=…}); other properties are ignored.
     */
    public static DeviceSettings fromProperties(Properties properties, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                values.put(key.substring(prefix.length()), properties.getProperty(key));
            }
        }
        return parse(values);
    }

    @Override
    public String toString() {
        return "camera=" + camera + "; printer=" + printer + "; barrier=" + barrier;
    }
}
