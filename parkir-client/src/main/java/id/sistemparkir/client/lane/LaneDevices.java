package id.sistemparkir.client.lane;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.barrier.Barrier;
import id.sistemparkir.client.device.camera.Camera;
import id.sistemparkir.client.device.camera.CaptureRequest;
import id.sistemparkir.client.device.printer.EntryTicket;
import id.sistemparkir.client.device.printer.ExitReceipt;
import id.sistemparkir.client.device.printer.TicketPrinter;
import id.sistemparkir.client.device.setup.Devices;
import id.sistemparkir.client.i18n.Message;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lane's camera, printer and barrier. A failing device never stops the lane: the failure becomes a warning for the
 * operator and the transaction goes on (the record is what must not be lost).
 */
public final class LaneDevices {

    private static final Logger log = LoggerFactory.getLogger(LaneDevices.class);

    private final Camera camera;
    private final TicketPrinter printer;
    private final Barrier barrier;

    public static LaneDevices of(Devices devices) {
        return new LaneDevices(devices.camera(), devices.printer(), devices.barrier());
    }

    public LaneDevices(Camera camera, TicketPrinter printer, Barrier barrier) {
        this.camera = camera;
        this.printer = printer;
        this.barrier = barrier;
    }

    /** The printer, for what is printed outside a lane transaction (the shift report). */
    public TicketPrinter printer() {
        return printer;
    }

    Optional<byte[]> capture(CaptureRequest request, List<Message> warnings) {
        try {
            return Optional.of(camera.capture(request));
        } catch (DeviceException | RuntimeException e) {
            warn(warnings, "Camera failed", LaneMessages.cameraFailed(e.getMessage()));
            return Optional.empty();
        }
    }

    void printTicket(EntryTicket ticket, List<Message> warnings) {
        try {
            printer.printTicket(ticket);
        } catch (DeviceException | RuntimeException e) {
            warn(warnings, "Printer failed", LaneMessages.printerFailed(e.getMessage()));
        }
    }

    void printReceipt(ExitReceipt receipt, List<Message> warnings) {
        try {
            printer.printReceipt(receipt);
        } catch (DeviceException | RuntimeException e) {
            warn(warnings, "Printer failed", LaneMessages.printerFailed(e.getMessage()));
        }
    }

    void openBarrier(String reason, List<Message> warnings) {
        try {
            barrier.open(reason);
        } catch (DeviceException | RuntimeException e) {
            warn(warnings, "Barrier did not open", LaneMessages.barrierFailed(e.getMessage()));
        }
    }

    private static void warn(List<Message> warnings, String what, Message message) {
        log.warn("{}: {}", what, message.args());
        warnings.add(message);
    }
}
