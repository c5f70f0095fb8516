package id.sistemparkir.client.device.setup;

import id.sistemparkir.client.device.barrier.Barrier;
import id.sistemparkir.client.device.barrier.JSerialCommLink;
import id.sistemparkir.client.device.barrier.SerialLink;
import id.sistemparkir.client.device.barrier.SerialRelayBarrier;
import id.sistemparkir.client.device.barrier.SerialRelayConfig;
import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.Camera;
import id.sistemparkir.client.device.camera.FileCamera;
import id.sistemparkir.client.device.camera.IpSnapshotCamera;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.EscPosPrinter;
import id.sistemparkir.client.device.printer.PdfFilePrinter;
import id.sistemparkir.client.device.printer.PngFilePrinter;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.device.printer.TicketPrinter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a lane's devices from {@link DeviceSettings}. Building connects to nothing, except that a serial barrier
 * starts its watchdog (on the given scheduler), which opens the port in the background.
 */
public final class DeviceFactory {

    /** The zone for printed and photographed times unless configured otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private static final Logger log = LoggerFactory.getLogger(DeviceFactory.class);

    private final ZoneId zone;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Function<SerialRelayConfig, SerialLink> serialLinks;

    /**
     * @param zone the zone for printed and photographed times
     * @param clock for barrier event times
     * @param scheduler for a serial barrier's watchdog and auto-close (owned by the caller)
     */
    public DeviceFactory(ZoneId zone, Clock clock, ScheduledExecutorService scheduler) {
        this(zone, clock, scheduler, config -> new JSerialCommLink(config.portName(), config.baudRate()));
    }

    /** As above, with the serial links made by {@code serialLinks} (tests, or another serial library). */
    public DeviceFactory(
            ZoneId zone,
            Clock clock,
            ScheduledExecutorService scheduler,
            Function<SerialRelayConfig, SerialLink> serialLinks) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.serialLinks = Objects.requireNonNull(serialLinks, "serialLinks");
    }

    /** All three devices; logs the settings (without secrets). */
    public Devices create(DeviceSettings settings) {
        log.info("Devices: {}", settings);
        return new Devices(camera(settings.camera()), printer(settings.printer()), barrier(settings.barrier()));
    }

    public Camera camera(CameraSetting setting) {
        Objects.requireNonNull(setting, "setting");
        if (setting instanceof CameraSetting.JpegFile file) {
            return new FileCamera(file.file());
        }
        if (setting instanceof CameraSetting.Snapshot snapshot) {
            return new IpSnapshotCamera(snapshot.url(), snapshot.timeout(), snapshot.user(), snapshot.password());
        }
        return new SimulatedCamera(zone);
    }

    public TicketPrinter printer(PrinterSetting setting) {
        Objects.requireNonNull(setting, "setting");
        if (setting instanceof PrinterSetting.PngFiles png) {
            return new PngFilePrinter(png.dir(), zone);
        }
        if (setting instanceof PrinterSetting.PdfFiles pdf) {
            return new PdfFilePrinter(pdf.dir(), zone);
        }
        if (setting instanceof PrinterSetting.EscPos escPos) {
            return new EscPosPrinter(escPos.host(), escPos.port(), escPos.timeout(), zone);
        }
        return new SimulatedPrinter(zone);
    }

    /** A serial barrier comes back started (see {@link SerialRelayBarrier#start()}). */
    public Barrier barrier(BarrierSetting setting) {
        Objects.requireNonNull(setting, "setting");
        if (setting instanceof BarrierSetting.Serial serial) {
            SerialRelayBarrier barrier =
                    new SerialRelayBarrier(serialLinks.apply(serial.config()), serial.config(), scheduler, clock);
            barrier.start();
            return barrier;
        }
        return new SimulatedBarrier(clock);
    }
}
