package id.sistemparkir.app.cli;

import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.device.setup.DeviceFactory;
import id.sistemparkir.client.device.setup.DeviceSettings;
import id.sistemparkir.client.device.setup.DeviceSettingsFile;
import id.sistemparkir.client.device.setup.Devices;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The devices of a command-line lane: {@code <data-dir>/devices.properties} when present (keys of
 * {@link DeviceSettings}), else a simulated camera and barrier and PNG tickets under {@code <data-dir>/tickets}.
 */
final class LaneDeviceSetup implements AutoCloseable {

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
        return DeviceSettingsFile.forDataDir(config.dataDir());
    }

    @Override
    public void close() {
        devices.close();
        scheduler.shutdownNow();
    }
}
