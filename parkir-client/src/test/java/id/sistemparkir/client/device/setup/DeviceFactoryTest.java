package id.sistemparkir.client.device.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import id.sistemparkir.client.device.barrier.BarrierState;
import id.sistemparkir.client.device.barrier.SerialLink;
import id.sistemparkir.client.device.barrier.SerialRelayBarrier;
import id.sistemparkir.client.device.barrier.SerialRelayConfig;
import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.FileCamera;
import id.sistemparkir.client.device.camera.IpSnapshotCamera;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.EscPosPrinter;
import id.sistemparkir.client.device.printer.PdfFilePrinter;
import id.sistemparkir.client.device.printer.PngFilePrinter;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeviceFactoryTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<SerialRelayConfig> linksMade = new CopyOnWriteArrayList<>();
    private final DeviceFactory factory =
            new DeviceFactory(DeviceFactory.DEFAULT_ZONE, Clock.systemUTC(), scheduler, config -> {
                linksMade.add(config);
                return new MissingPort();
            });

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void defaultsAreTheSimulatedDevices() {
        try (Devices devices = factory.create(DeviceSettings.defaults())) {
            assertThat(devices.camera()).isInstanceOf(SimulatedCamera.class);
            assertThat(devices.printer()).isInstanceOf(SimulatedPrinter.class);
            assertThat(devices.barrier()).isInstanceOf(SimulatedBarrier.class);
        }
    }

    @Test
    void eachSettingGivesItsDevice() {
        DeviceSettings settings = DeviceSettings.parse(Map.of(
                "camera", "http://cam/snap.jpg",
                "printer", "escpos:printer:9100",
                "barrier", "simulated"));

        try (Devices devices = factory.create(settings)) {
            assertThat(devices.camera()).isInstanceOf(IpSnapshotCamera.class);
            assertThat(devices.printer()).isInstanceOf(EscPosPrinter.class);
        }
        assertThat(factory.camera(new CameraSetting.JpegFile(Path.of("x.jpg")))).isInstanceOf(FileCamera.class);
        assertThat(factory.printer(new PrinterSetting.PngFiles(Path.of("out")))).isInstanceOf(PngFilePrinter.class);
        assertThat(factory.printer(new PrinterSetting.PdfFiles(Path.of("out")))).isInstanceOf(PdfFilePrinter.class);
    }

    @Test
    void aSerialBarrierComesBackStartedAndShowsAMissingPortAsFault() {
        DeviceSettings settings = DeviceSettings.parse(Map.of("barrier", "serial:COM9", "barrier.baudRate", "19200"));

        try (Devices devices = factory.create(settings)) {
            assertThat(devices.barrier()).isInstanceOf(SerialRelayBarrier.class);
            assertThat(linksMade).extracting(SerialRelayConfig::portName).containsExactly("COM9");
            assertThat(linksMade.get(0).baudRate()).isEqualTo(19200);
            await().atMost(Duration.ofSeconds(2)).until(() -> devices.barrier().state() == BarrierState.FAULT);
        }
    }

    /** A serial port that is not there. */
    private static final class MissingPort implements SerialLink {
        private final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public void open() throws DeviceException {
            throw new DeviceException(DeviceKind.BARRIER, "Serial port COM9 does not exist");
        }

        @Override
        public void write(byte[] bytes) throws DeviceException {
            throw new DeviceException(DeviceKind.BARRIER, "not open");
        }

        @Override
        public byte[] readAvailable(Duration timeout) {
            return new byte[0];
        }

        @Override
        public boolean isOpen() {
            return false;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
