package id.sistemparkir.server.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * CSV that Excel opens as it should on an Indonesian PC: UTF-8 with a byte order mark (else Excel guesses the code
 * page) and {@code ;} between fields (Indonesian Windows uses {@code ,} as the decimal separator, so Excel splits on
 * {@code ;}). Amounts are plain integers.
 */
public final class CsvExport {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA =
            CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");

    private CsvExport() {}

    public static byte[] render(ReportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(out)) {
                rows.write(table.header());
                for (var row : table.rows()) {
                    rows.write(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
