package id.sistemparkir.client.device.setup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A station's devices as configured in {@code <data-dir>/devices.properties} (keys of {@link DeviceSettings}), else
 * a simulated camera and barrier and PNG tickets under {@code <data-dir>/tickets}: the same for the command-line lanes
 * and the windows.
 */
public final class DeviceSettingsFile {

    public static final String FILE_NAME = "devices.properties";

    private DeviceSettingsFile() {}

    public static DeviceSettings forDataDir(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return DeviceSettings.parse(Map.of(
                    "camera", "simulated",
                    "printer", "png:" + dataDir.resolve("tickets").toAbsolutePath(),
                    "barrier", "simulated"));
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return DeviceSettings.fromProperties(properties, "");
    }
}
