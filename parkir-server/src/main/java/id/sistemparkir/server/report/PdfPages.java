package id.sistemparkir.server.report;

import id.sistemparkir.core.money.Rupiah;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A4 pages written top to bottom: lines, headings, simple tables and one bar chart; a new page when one is full. */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 40;
    private static final float LINE = 14;
    private static final float CHART_HEIGHT = 160;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    void title(String text) throws IOException {
        need(24);
        text(bold, 16, MARGIN, text);
        y -= 24;
    }

    void heading(String text) throws IOException {
        need(LINE * 3);
        text(bold, 11, MARGIN, text);
        y -= LINE + 2;
    }

    void line(String text) throws IOException {
        need(LINE);
        text(regular, 10, MARGIN, text);
        y -= LINE;
    }

    void gap() {
        y -= LINE / 2;
    }

    /** Columns of the given widths; {@code header} in bold when given; a row per line, pages broken between rows. */
    void table(List<Float> widths, List<String> header, List<List<String>> rows) throws IOException {
        if (header != null) {
            row(bold, widths, header);
        }
        for (List<String> row : rows) {
            row(regular, widths, row);
        }
    }

    /** Vertical bars scaled to the largest value, one per label, with the largest value written at the top. */
    void barChart(String title, List<String> labels, List<Long> values) throws IOException {
        heading(title);
        need(CHART_HEIGHT + 2 * LINE);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float bottom = y - CHART_HEIGHT;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        text(regular, 8, MARGIN, Rupiah.format(max));
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, bottom);
        content.lineTo(MARGIN + width, bottom);
        content.stroke();
        float slot = width / Math.max(1, values.size());
        content.setNonStrokingColor(0.20f, 0.45f, 0.75f);
        for (int i = 0; i < values.size(); i++) {
            float height = (CHART_HEIGHT - LINE) * values.get(i) / max;
            content.addRect(MARGIN + i * slot + slot * 0.15f, bottom, slot * 0.7f, height);
            content.fill();
        }
        content.setNonStrokingColor(0f, 0f, 0f);
        int every = Math.max(1, (int) Math.ceil(labels.size() / 15.0)); // at most ~15 labels under the axis
        for (int i = 0; i < labels.size(); i += every) {
            // Centred under its bar, on a line of its own: the next heading starts a full line lower.
            String label = winAnsi(labels.get(i));
            float labelWidth = regular.getStringWidth(label) / 1000 * 7;
            textAt(regular, 7, MARGIN + i * slot + (slot - labelWidth) / 2, bottom - LINE + 4, labels.get(i));
        }
        y = bottom - 2 * LINE - 4;
    }

    private void row(PDType1Font font, List<Float> widths, List<String> cells) throws IOException {
        need(LINE);
        float x = MARGIN;
        for (int c = 0; c < cells.size() && c < widths.size(); c++) {
            text(font, 9, x, cells.get(c));
            x += widths.get(c);
        }
        y -= LINE;
    }

    private void text(PDType1Font font, float size, float x, String text) throws IOException {
        textAt(font, size, x, y, text);
    }

    private void textAt(PDType1Font font, float size, float x, float atY, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(winAnsi(text));
        content.endText();
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The standard fonts speak WinAnsi only; anything else becomes '?' rather than failing the export. */
    private static String winAnsi(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c <= 0xFF ? c : '?');
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
