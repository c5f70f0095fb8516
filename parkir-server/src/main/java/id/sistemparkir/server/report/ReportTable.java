package id.sistemparkir.server.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as one table, shared by the CSV and XLSX exports: a row per day, the total row, then a row per class,
 * gate, operator and payment method. Amounts stay numbers (whole rupiah), so a spreadsheet can sum them.
 */
public record ReportTable(List<String> header, List<List<Object>> rows) {

    static final List<String> TOTAL_COLUMNS = List.of(
            "col.entries",
            "col.exits",
            "col.fees",
            "col.revenue",
            "col.lostTickets",
            "col.lostTicketFees",
            "col.underpaid",
            "col.uncollected",
            "col.offlineEntries",
            "col.offlineExits",
            "col.voided");

    public static ReportTable of(DailyReport report, ReportWords words) {
        List<String> header = new ArrayList<>(List.of(words.get("col.section"), words.get("col.key")));
        TOTAL_COLUMNS.forEach(key -> header.add(words.get(key)));
        List<List<Object>> rows = new ArrayList<>();
        for (DailyReport.Day day : report.days()) {
            rows.add(totalsRow(words.get("section.day"), day.date().toString(), day.totals()));
        }
        rows.add(totalsRow(words.get("section.total"), "", report.totals()));
        groups(rows, words.get("section.vehicleType"), report.byVehicleType());
        groups(rows, words.get("section.gate"), report.byGate());
        groups(rows, words.get("section.operator"), report.byOperator());
        groups(rows, words.get("section.paymentMethod"), report.byPaymentMethod());
        return new ReportTable(List.copyOf(header), Collections.unmodifiableList(rows));
    }

    private static List<Object> totalsRow(String section, String key, DailyReport.Totals t) {
        return List.of(
                section,
                key,
                t.entries(),
                t.exits(),
                t.fees(),
                t.revenue(),
                t.lostTickets(),
                t.lostTicketFees(),
                t.underpaidExits(),
                t.uncollected(),
                t.offlineEntries(),
                t.offlineExits(),
                t.voided());
    }

    private static void groups(List<List<Object>> rows, String section, List<DailyReport.Group> groups) {
        for (DailyReport.Group g : groups) {
            List<Object> row =
                    new ArrayList<>(List.of(section, g.key(), g.entries(), g.exits(), g.fees(), g.revenue()));
            while (row.size() < 2 + TOTAL_COLUMNS.size()) {
                row.add("");
            }
            rows.add(row);
        }
    }
}
