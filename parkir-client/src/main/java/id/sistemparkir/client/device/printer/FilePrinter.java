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
 * A printer that writes each ticket or receipt to a file ({@code ticket_<code>.<ext>}, {@code receipt_<code>.<ext>}
 * in {@code outputDir}, created when missing; a reprint replaces the file). Subclasses only say how a layout becomes
 * bytes.
 */
abstract class FilePrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(FilePrinter.class);

    private final Path outputDir;
    private final PrintLayouts layouts;
    private final String extension;

    FilePrinter(Path outputDir, ZoneId zone, String extension) {
        this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
        this.layouts = new PrintLayouts(zone);
        this.extension = extension;
    }

    /** The file's bytes; {@code title} names the document where the format has a title (PDF). */
    abstract byte[] render(PrintLayout layout, String title) throws IOException;

    @Override
    public void printTicket(EntryTicket ticket) throws DeviceException {
        writeTicket(ticket);
    }

    @Override
    public void printReceipt(ExitReceipt receipt) throws DeviceException {
        writeReceipt(receipt);
    }

    @Override
    public void printShiftReport(ShiftReport report) throws DeviceException {
        writeShiftReport(report);
    }

    /** Prints a shift report and returns the file written ({@code shift_<station>_<closing time>}). */
    public Path writeShiftReport(ShiftReport report) throws DeviceException {
        String name = report.station() + "_" + report.closedAt().getEpochSecond();
        Path target = OutputFiles.target(outputDir, "shift", name, extension);
        return write(layouts.shiftReport(report), "Laporan shift " + report.operator(), target);
    }

    /** Prints a ticket and returns the file written. */
    public Path writeTicket(EntryTicket ticket) throws DeviceException {
        Path target = OutputFiles.target(outputDir, "ticket", ticket.ticketCode(), extension);
        return write(layouts.ticket(ticket), "Tiket parkir " + ticket.plateDisplay(), target);
    }

    /** Prints a receipt and returns the file written. */
    public Path writeReceipt(ExitReceipt receipt) throws DeviceException {
        Path target = OutputFiles.target(outputDir, "receipt", receipt.ticketCode(), extension);
        return write(layouts.receipt(receipt), "Struk parkir " + receipt.plateDisplay(), target);
    }

    private Path write(PrintLayout layout, String title, Path target) throws DeviceException {
        try {
            OutputFiles.writeAtomically(target, render(layout, title));
        } catch (IOException e) {
            throw new DeviceException(
                    DeviceKind.PRINTER, "Cannot write print file " + target + ": " + e.getMessage(), e);
        }
        log.info("Printed to {}", target);
        return target;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + outputDir + "]";
    }
}
