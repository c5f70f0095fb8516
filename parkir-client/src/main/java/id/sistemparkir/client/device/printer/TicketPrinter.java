package id.sistemparkir.client.device.printer;

import id.sistemparkir.client.device.DeviceException;

/**
 * Prints entry tickets, exit receipts and shift reports (Bahasa Indonesia, 58 mm receipt layout). Implementations are
 * thread-safe.
 */
public interface TicketPrinter {

    /**
     * Prints an entry ticket: its QR code and readable text.
     *
     * @throws DeviceException when nothing was printed; the lane shows the ticket code on screen instead
     */
    void printTicket(EntryTicket ticket) throws DeviceException;

    /**
     * Prints an exit receipt.
     *
     * @throws DeviceException when nothing was printed
     */
    void printReceipt(ExitReceipt receipt) throws DeviceException;

    /**
     * Prints a shift report at "Tutup Shift".
     *
     * @throws DeviceException when nothing was printed; the window still shows the report
     */
    void printShiftReport(ShiftReport report) throws DeviceException;
}
