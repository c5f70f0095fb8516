package id.sistemparkir.client.device.printer;

import com.google.zxing.client.j2se.MatrixToImageWriter;
import id.sistemparkir.client.device.printer.PrintLayout.Block;
import id.sistemparkir.client.device.printer.PrintLayout.Qr;
import id.sistemparkir.client.device.printer.PrintLayout.Style;
import id.sistemparkir.client.device.printer.PrintLayout.Text;
import id.sistemparkir.core.ticket.TicketQr;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a layout as a 58 mm receipt: 384 pixels wide (48 mm printable at 203 dpi), black on white, monospaced.
 * Off-screen only; works headless.
 */
final class PngRenderer {

    static final int WIDTH = 384;
    static final int QR_SIZE = 264;

    private static final int MARGIN = 12;
    private static final float TITLE_SCALE = 1.6f;

    private final Font normal;
    private final Font bold;
    private final Font title;
    private final int lineHeight;
    private final int ascent;

    PngRenderer() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        try {
            int size = 22;
            while (size > 8 && tooWide(g.getFontMetrics(new Font(Font.MONOSPACED, Font.BOLD, size)))) {
                size--;
            }
            normal = new Font(Font.MONOSPACED, Font.PLAIN, size);
            bold = normal.deriveFont(Font.BOLD);
            title = bold.deriveFont(AffineTransform.getScaleInstance(1, TITLE_SCALE));
            FontMetrics metrics = g.getFontMetrics(normal);
            lineHeight = metrics.getHeight();
            ascent = metrics.getAscent();
        } finally {
            g.dispose();
        }
    }

    private static boolean tooWide(FontMetrics metrics) {
        return metrics.charWidth('W') * PrintLayout.COLUMNS > WIDTH - 2 * MARGIN;
    }

    /** The layout as PNG bytes. */
    byte[] render(PrintLayout layout) throws IOException {
        int height = 2 * MARGIN;
        for (Block block : layout.blocks()) {
            height += height(block);
        }
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            int y = MARGIN;
            for (Block block : layout.blocks()) {
                draw(g, block, y);
                y += height(block);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private int height(Block block) {
        if (block instanceof Text text) {
            return text.style() == Style.TITLE ? Math.round(lineHeight * TITLE_SCALE) : lineHeight;
        }
        if (block instanceof Qr) {
            return QR_SIZE + lineHeight;
        }
        return lineHeight;
    }

    private void draw(Graphics2D g, Block block, int top) {
        if (block instanceof Text text) {
            Font font = text.style() == Style.TITLE ? title : text.style() == Style.BOLD ? bold : normal;
            g.setFont(font);
            int width = g.getFontMetrics().stringWidth(text.text());
            int x = text.centred() ? (WIDTH - width) / 2 : MARGIN;
            int baseline = top + (text.style() == Style.TITLE ? Math.round(ascent * TITLE_SCALE) : ascent);
            g.drawString(text.text(), x, baseline);
        } else if (block instanceof Qr qr) {
            BufferedImage symbol = MatrixToImageWriter.toBufferedImage(TicketQr.encode(qr.content(), QR_SIZE));
            g.drawImage(symbol, (WIDTH - symbol.getWidth()) / 2, top + lineHeight / 2, null);
        } else {
            g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            int y = top + lineHeight / 2;
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
        }
    }

    /** PNG bytes, encoded in memory (no ImageIO cache files, no global setting changed). */
    private static byte[] png(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG encoder available in this Java runtime");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, null));
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
