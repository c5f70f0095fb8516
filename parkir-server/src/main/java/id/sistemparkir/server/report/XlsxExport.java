package id.sistemparkir.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The report table as an Excel workbook (fastexcel: streaming, no POI), numbers as numbers. */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxExport() {}

    public static byte[] render(ReportTable table, String sheetName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Sistem Parkir Modern", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            write(sheet, 0, List.copyOf(table.header()));
            sheet.style(0, 0).bold().set();
            for (int r = 0; r < table.rows().size(); r++) {
                write(sheet, r + 1, table.rows().get(r));
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(Worksheet sheet, int row, List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number number) {
                sheet.value(row, c, number);
            } else {
                String text = String.valueOf(value);
                if (!text.isEmpty()) {
                    sheet.value(row, c, text);
                }
            }
        }
    }
}
