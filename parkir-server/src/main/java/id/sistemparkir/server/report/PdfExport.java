package id.sistemparkir.server.report;

import id.sistemparkir.core.money.Rupiah;
import id.sistemparkir.server.shift.ShiftCash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The report as a printable PDF (PDFBox): header, summary, a bar chart of revenue per day drawn with vector
 * rectangles (no image library), the groupings, the days and the cashier shifts. Page layout is {@link PdfPages}' job.
 */
public final class PdfExport {

    public static final String CONTENT_TYPE = "application/pdf";
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PdfExport() {}

    public static byte[] render(DailyReport report, ReportWords words) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(words.get("title") + " " + report.from() + " - " + report.to());
            info.setCreator("Sistem Parkir Modern");
            document.setDocumentInformation(info);
            try (PdfPages pages = new PdfPages(document)) {
                header(pages, report, words);
                summary(pages, report, words);
                pages.barChart(words.get("chart.title"), dayLabels(report), dayRevenue(report));
                group(pages, words.get("section.vehicleType"), report.byVehicleType(), words);
                group(pages, words.get("section.gate"), report.byGate(), words);
                group(pages, words.get("section.paymentMethod"), report.byPaymentMethod(), words);
                group(pages, words.get("section.operator"), report.byOperator(), words);
                days(pages, report, words);
                pages.gap();
                shifts(pages, report, words);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(PdfPages pages, DailyReport report, ReportWords words) throws IOException {
        pages.title(words.get("title"));
        pages.line(words.get("period", report.from().toString(), report.to().toString()));
        pages.line(words.get("timeZone", report.timeZone()));
        pages.line(words.get("generated", GENERATED.format(report.generatedAt().atZone(ZoneId.of(report.timeZone())))));
        pages.gap();
    }

    private static void summary(PdfPages pages, DailyReport report, ReportWords words) throws IOException {
        DailyReport.Totals t = report.totals();
        pages.heading(words.get("summary"));
        List<List<String>> rows = List.of(
                List.of(words.get("col.entries"), Long.toString(t.entries())),
                List.of(words.get("col.exits"), Long.toString(t.exits())),
                List.of(words.get("col.fees"), Rupiah.format(t.fees())),
                List.of(words.get("col.revenue"), Rupiah.format(t.revenue())),
                List.of(words.get("col.lostTickets"), t.lostTickets() + " / " + Rupiah.format(t.lostTicketFees())),
                List.of(words.get("col.underpaid"), Long.toString(t.underpaidExits())),
                List.of(words.get("col.uncollected"), Rupiah.format(t.uncollected())),
                List.of(words.get("col.offlineEntries"), Long.toString(t.offlineEntries())),
                List.of(words.get("col.offlineExits"), Long.toString(t.offlineExits())),
                List.of(words.get("col.voided"), Long.toString(t.voided())));
        pages.table(List.of(220f, 200f), null, rows);
        pages.gap();
    }

    private static void group(PdfPages pages, String title, List<DailyReport.Group> groups, ReportWords words)
            throws IOException {
        pages.heading(title);
        List<List<String>> rows = new ArrayList<>();
        for (DailyReport.Group g : groups) {
            rows.add(List.of(
                    g.key(),
                    Long.toString(g.entries()),
                    Long.toString(g.exits()),
                    Rupiah.format(g.fees()),
                    Rupiah.format(g.revenue())));
        }
        pages.table(
                List.of(160f, 70f, 70f, 100f, 100f),
                List.of(
                        words.get("col.key"),
                        words.get("col.entries"),
                        words.get("col.exits"),
                        words.get("col.fees"),
                        words.get("col.revenue")),
                rows);
        pages.gap();
    }

    private static void days(PdfPages pages, DailyReport report, ReportWords words) throws IOException {
        pages.heading(words.get("section.day"));
        List<List<String>> rows = new ArrayList<>();
        for (DailyReport.Day day : report.days()) {
            DailyReport.Totals t = day.totals();
            rows.add(List.of(
                    day.date().toString(),
                    Long.toString(t.entries()),
                    Long.toString(t.exits()),
                    Rupiah.format(t.revenue()),
                    Rupiah.format(t.uncollected())));
        }
        DailyReport.Totals t = report.totals();
        rows.add(List.of(
                words.get("section.total"),
                Long.toString(t.entries()),
                Long.toString(t.exits()),
                Rupiah.format(t.revenue()),
                Rupiah.format(t.uncollected())));
        pages.table(
                List.of(110f, 70f, 70f, 120f, 120f),
                List.of(
                        words.get("section.day"),
                        words.get("col.entries"),
                        words.get("col.exits"),
                        words.get("col.revenue"),
                        words.get("col.uncollected")),
                rows);
    }

    /** A row per shift (cash expected, counted, difference) and the sums of the closed ones. */
    private static void shifts(PdfPages pages, DailyReport report, ReportWords words) throws IOException {
        pages.heading(words.get("shifts.title"));
        if (report.shifts().isEmpty()) {
            pages.line(words.get("shifts.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ShiftCash s : report.shifts()) {
            rows.add(List.of(
                    s.operator(),
                    s.station(),
                    ReportTable.localTime(s.openedAt(), report.timeZone()),
                    s.closed()
                            ? ReportTable.localTime(s.closedAt(), report.timeZone())
                            : words.get("shift." + s.status()),
                    Rupiah.format(s.cashExpected()),
                    s.cashCounted() == null ? "" : Rupiah.format(s.cashCounted()),
                    s.cashDifference() == null ? "" : Rupiah.format(s.cashDifference())));
        }
        DailyReport.ShiftTotals t = report.shiftTotals();
        rows.add(List.of(
                words.get("section.shiftTotal"),
                "",
                words.get("shifts.count", t.closedShifts(), t.openShifts()),
                "",
                Rupiah.format(t.cashExpected()),
                Rupiah.format(t.cashCounted()),
                Rupiah.format(t.cashDifference())));
        pages.table(
                List.of(70f, 60f, 80f, 80f, 75f, 75f, 75f),
                List.of(
                        words.get("section.operator"),
                        words.get("col.station"),
                        words.get("col.openedAt"),
                        words.get("col.closedAt"),
                        words.get("col.cashExpected"),
                        words.get("col.cashCounted"),
                        words.get("col.cashDifference")),
                rows);
    }

    private static List<String> dayLabels(DailyReport report) {
        return report.days().stream().map(d -> d.date().toString().substring(5)).toList();
    }

    private static List<Long> dayRevenue(DailyReport report) {
        return report.days().stream().map(d -> d.totals().revenue()).toList();
    }
}
