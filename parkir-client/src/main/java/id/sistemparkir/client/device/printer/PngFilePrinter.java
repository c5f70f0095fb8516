package id.sistemparkir.client.device.printer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * "Prints" to PNG files that look like a 58 mm receipt, QR code included: for demos, tests and lanes without a
 * printer.
 */
public final class PngFilePrinter extends FilePrinter {

    private final PngRenderer renderer = new PngRenderer();

    public PngFilePrinter(Path outputDir, ZoneId zone) {
        super(outputDir, zone, "png");
    }

    @Override
    byte[] render(PrintLayout layout, String title) throws IOException {
        return renderer.render(layout);
    }
}
