package id.sistemparkir.client.device.printer;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what it "prints" in memory and logs it as text: for tests of lane services and for demos. Can be told to
 * fail, to show how a lane carries on without a printer.
 */
public final class SimulatedPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPrinter.class);

    private final PrintLayouts layouts;
    private final List<EntryTicket> tickets = new ArrayList<>();
    private final List<ExitReceipt> receipts = new ArrayList<>();
    private final List<String> printedText = new ArrayList<>();
    private Optional<String> failure = Optional.empty();

    public SimulatedPrinter(ZoneId zone) {
        this.layouts = new PrintLayouts(zone);
    }

    @Override
    public synchronized void printTicket(EntryTicket ticket) throws DeviceException {
        Objects.requireNonNull(ticket, "ticket");
        failIfAsked();
        tickets.add(ticket);
        record(layouts.ticket(ticket));
    }

    @Override
    public synchronized void printReceipt(ExitReceipt receipt) throws DeviceException {
        Objects.requireNonNull(receipt, "receipt");
        failIfAsked();
        receipts.add(receipt);
        record(layouts.receipt(receipt));
    }

    @Override
    public synchronized void printShiftReport(ShiftReport report) throws DeviceException {
        Objects.requireNonNull(report, "report");
        failIfAsked();
        record(layouts.shiftReport(report));
    }

    /** From now on every print fails with this operator message (e.g. {@code "Printer out of paper"}). */
    public synchronized void failWith(String message) {
        failure = Optional.of(Objects.requireNonNull(message, "message"));
    }

    /** Prints succeed again. */
    public synchronized void recover() {
        failure = Optional.empty();
    }

    /** The tickets printed so far, oldest first. */
    public synchronized List<EntryTicket> tickets() {
        return List.copyOf(tickets);
    }

    /** The receipts printed so far, oldest first. */
    public synchronized List<ExitReceipt> receipts() {
        return List.copyOf(receipts);
    }

    /** Every ticket and receipt as the plain text it would print (QR codes as {@code [QR code]}), oldest first. */
    public synchronized List<String> printedText() {
        return List.copyOf(printedText);
    }

    private void failIfAsked() throws DeviceException {
        if (failure.isPresent()) {
            throw new DeviceException(DeviceKind.PRINTER, failure.get());
        }
    }

    private void record(PrintLayout layout) {
        String text = layout.plainText();
        printedText.add(text);
        log.info("Simulated printer:\n{}", text);
    }
}
