package id.sistemparkir.client.device.printer;

import com.google.zxing.client.j2se.MatrixToImageWriter;
import id.sistemparkir.client.device.printer.PrintLayout.Block;
import id.sistemparkir.client.device.printer.PrintLayout.Qr;
import id.sistemparkir.client.device.printer.PrintLayout.Style;
import id.sistemparkir.client.device.printer.PrintLayout.Text;
import id.sistemparkir.core.ticket.TicketQr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a layout on one PDF page 58 mm wide, as tall as the content, in DejaVu Sans Mono, bundled and embedded
 * (subset): the same look on every PC and no fallback-font warning per ticket, as a standard font that the PC lacks
 * gives. Licence: {@code fonts/DejaVu-LICENSE.txt}. Characters the font cannot show are printed as {@code ?}.
 */
final class PdfRenderer {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    static final float PAGE_WIDTH = 58 * POINTS_PER_MM;
    private static final float MARGIN = 6;
    /** DejaVu Sans Mono advances 0.602 em per character (the margin absorbs the 0.002). */
    private static final float FONT_SIZE = (PAGE_WIDTH - 2 * MARGIN) / (0.6f * PrintLayout.COLUMNS);

    private static final float LEADING = FONT_SIZE * 1.3f;
    private static final float TITLE_SCALE = 1.5f;
    private static final float QR_SIZE = 34 * POINTS_PER_MM;
    private static final int QR_PIXELS = 264;

    private static final byte[] NORMAL_FONT = fontBytes("fonts/DejaVuSansMono.ttf");
    private static final byte[] BOLD_FONT = fontBytes("fonts/DejaVuSansMono-Bold.ttf");

    /** Fonts belong to one document; set at the start of each render. */
    private PDFont normal;

    private PDFont bold;

    /** The layout as the bytes of a one-page PDF. Synchronized: PDFBox fonts are not thread-safe. */
    synchronized byte[] render(PrintLayout layout, String title) throws IOException {
        float height = 2 * MARGIN;
        for (Block block : layout.blocks()) {
            height += height(block);
        }
        try (PDDocument document = new PDDocument()) {
            normal = PDType0Font.load(document, new ByteArrayInputStream(NORMAL_FONT), true);
            bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD_FONT), true);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("Sistem Parkir Modern");
            document.setDocumentInformation(info);
            PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, height));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float top = height - MARGIN;
                for (Block block : layout.blocks()) {
                    draw(document, content, block, top);
                    top -= height(block);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static float height(Block block) {
        if (block instanceof Text text) {
            return text.style() == Style.TITLE ? LEADING * TITLE_SCALE : LEADING;
        }
        if (block instanceof Qr) {
            return QR_SIZE + LEADING;
        }
        return LEADING;
    }

    private void draw(PDDocument document, PDPageContentStream content, Block block, float top) throws IOException {
        if (block instanceof Text text) {
            drawText(content, text, top);
        } else if (block instanceof Qr qr) {
            PDImageXObject image = LosslessFactory.createFromImage(
                    document, MatrixToImageWriter.toBufferedImage(TicketQr.encode(qr.content(), QR_PIXELS)));
            content.drawImage(image, (PAGE_WIDTH - QR_SIZE) / 2, top - LEADING / 2 - QR_SIZE, QR_SIZE, QR_SIZE);
        } else {
            float y = top - LEADING / 2;
            content.setLineWidth(0.5f);
            content.setLineDashPattern(new float[] {2, 1.5f}, 0);
            content.moveTo(MARGIN, y);
            content.lineTo(PAGE_WIDTH - MARGIN, y);
            content.stroke();
        }
    }

    private void drawText(PDPageContentStream content, Text text, float top) throws IOException {
        PDFont font = text.style() == Style.NORMAL ? normal : bold;
        float scale = text.style() == Style.TITLE ? TITLE_SCALE : 1;
        String shown = showable(font, text.text());
        float width = font.getStringWidth(shown) / 1000 * FONT_SIZE;
        float x = text.centred() ? (PAGE_WIDTH - width) / 2 : MARGIN;
        float baseline = top - FONT_SIZE * scale;
        content.beginText();
        content.setFont(font, FONT_SIZE);
        content.setTextMatrix(new Matrix(1, 0, 0, scale, x, baseline));
        content.showText(shown);
        content.endText();
    }

    private static byte[] fontBytes(String resource) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }

    /** The text with every character the font cannot encode replaced by {@code ?}. */
    private static String showable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            out.append(canEncode(font, character) ? character : "?");
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
