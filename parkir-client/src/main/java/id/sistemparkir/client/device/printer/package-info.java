/**
 * Ticket and receipt printers: {@link id.sistemparkir.client.device.printer.TicketPrinter}.
 *
 * <p>One layout ({@code PrintLayouts}: Bahasa Indonesia, 32 columns, Rupiah via {@code Rupiah.format}, times in the
 * configured zone) rendered four ways:
 *
 * <ul>
 *   <li>{@link id.sistemparkir.client.device.printer.SimulatedPrinter} — in memory and in the log;
 *   <li>{@link id.sistemparkir.client.device.printer.PngFilePrinter} — a 384-pixel-wide PNG (58 mm at 203 dpi);
 *   <li>{@link id.sistemparkir.client.device.printer.PdfFilePrinter} — a one-page PDF 58 mm wide (PDFBox);
 *   <li>{@link id.sistemparkir.client.device.printer.EscPosPrinter} — ESC/POS over raw TCP (port 9100), QR code with
 *       {@code GS ( k}, partial cut.
 * </ul>
 *
 * A ticket's readable line is read from its code without checking the signature ({@code
 * TicketSigner.readUnverified}), for display only; a code that is not a signed ticket code is printed as it is.
 */
package id.sistemparkir.client.device.printer;
