package id.sistemparkir.client.device.printer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * "Prints" to small PDF files (one page, 58 mm wide), QR code included: to print later on any printer, or to
 * archive.
 */
public final class PdfFilePrinter extends FilePrinter {

    private final PdfRenderer renderer = new PdfRenderer();

    public PdfFilePrinter(Path outputDir, ZoneId zone) {
        super(outputDir, zone, "pdf");
    }

    @Override
    byte[] render(PrintLayout layout, String title) throws IOException {
        return renderer.render(layout, title);
    }
}
