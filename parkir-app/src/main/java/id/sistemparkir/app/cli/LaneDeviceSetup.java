package id.sistemparkir.app.cli;

import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.device.setup.DeviceFactory;
import id.sistemparkir.client.device.setup.DeviceSettings;
import id.sistemparkir.client.device.setup.Devices;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The devices of a command-line lane: {@code <data-dir>/devices.properties} when present (keys of
 * {@link DeviceSettings}), else a simulated camera and barrier and PNG tickets under {@code <data-dir>/tickets}.
 */
final class LaneDeviceSetup implements AutoCloseable {

    static final String FILE_NAME = "devices.properties";

    private final ScheduledExecutorService scheduler;
    private final Devices devices;

    LaneDeviceSetup(LaneConfig config) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "parkir-devices");
            thread.setDaemon(true);
            return thread;
        });
        this.devices = new DeviceFactory(config.zone(), Clock.systemUTC(), scheduler).create(settings(config));
    }

    Devices devices() {
        return devices;
    }

    private static DeviceSettings settings(LaneConfig config) {
        Path file = config.dataDir().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return DeviceSettings.parse(Map.of(
                    "camera", "simulated",
                    "printer", "png:" + config.dataDir().resolve("tickets").toAbsolutePath(),
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

    @Override
    public void close() {
        devices.close();
        scheduler.shutdownNow();
    }
}
