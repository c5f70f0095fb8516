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
 * "Prints" to small PDF files (one page, 58 mm wide), QR code included: to print later on any printer, or to
 * archive. Files: {@code ticket_<code>.pdf}, {@code receipt_<code>.pdf} in {@code outputDir} (created when missing;
 * a reprint replaces the file).
 */
public final class PdfFilePrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(PdfFilePrinter.class);

    private final Path outputDir;
    private final PrintLayouts layouts;
    private final PdfRenderer renderer = new PdfRenderer();

    public PdfFilePrinter(Path outputDir, ZoneId zone) {
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
        Path target = OutputFiles.target(outputDir, "ticket", ticket.ticketCode(), "pdf");
        return write(layouts.ticket(ticket), "Tiket parkir " + ticket.plateDisplay(), target);
    }

    /** Prints a receipt and returns the file written. */
    public Path writeReceipt(ExitReceipt receipt) throws DeviceException {
        Path target = OutputFiles.target(outputDir, "receipt", receipt.ticketCode(), "pdf");
        return write(layouts.receipt(receipt), "Struk parkir " + receipt.plateDisplay(), target);
    }

    private Path write(PrintLayout layout, String title, Path target) throws DeviceException {
        try {
            OutputFiles.writeAtomically(target, renderer.render(layout, title));
        } catch (IOException e) {
            throw new DeviceException(
                    DeviceKind.PRINTER, "Cannot write print file " + target + ": " + e.getMessage(), e);
        }
        log.info("Printed to {}", target);
        return target;
    }

    @Override
    public String toString() {
        return "PdfFilePrinter[" + outputDir + "]";
    }
}
