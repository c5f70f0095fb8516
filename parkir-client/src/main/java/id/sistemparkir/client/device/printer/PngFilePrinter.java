package id.sistemparkir.client.device.printer;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Prints" to PNG files that look like a 58 mm receipt, QR code included: for demos, tests and lanes without a
 * printer. Files: {@code ticket_<code>.png}, {@code receipt_<code>.png} in {@code outputDir} (created when missing;
 * a reprint replaces the file).
 */
public final class PngFilePrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(PngFilePrinter.class);

    private final Path outputDir;
    private final PrintLayouts layouts;
    private final PngRenderer renderer = new PngRenderer();

    public PngFilePrinter(Path outputDir, ZoneId zone) {
        this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
        this.layouts = new PrintLayouts(zone);
    }

    @Override
    public void printTicket(EntryTicket ticket) throws DeviceException {
        writeTicket(ticket);
    }

    @Override
    public void printReceipt(ExitReceipt receipt) throws DeviceException {
        writeReceipt(receipt);
    }

    /** Prints a ticket and returns the file written. */
    public Path writeTicket(EntryTicket ticket) throws DeviceException {
        return write(layouts.ticket(ticket), OutputFiles.target(outputDir, "ticket", ticket.ticketCode(), "png"));
    }

    /** Prints a receipt and returns the file written. */
    public Path writeReceipt(ExitReceipt receipt) throws DeviceException {
        return write(layouts.receipt(receipt), OutputFiles.target(outputDir, "receipt", receipt.ticketCode(), "png"));
    }

    private Path write(PrintLayout layout, Path target) throws DeviceException {
        try {
            OutputFiles.writeAtomically(target, renderer.render(layout));
        } catch (IOException e) {
            throw new DeviceException(
                    DeviceKind.PRINTER, "Cannot write print file " + target + ": " + e.getMessage(), e);
        }
        log.info("Printed to {}", target);
        return target;
    }

    @Override
    public String toString() {
        return "PngFilePrinter[" + outputDir + "]";
    }
}
