package id.sistemparkir.server.report;

import id.sistemparkir.server.shift.ShiftCash;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as one table, shared by the CSV and XLSX exports: a row per day, the total row, then a row per class,
 * gate, operator and payment method; then the shifts under a header row of their own, a row per shift and the shift
 * total. Amounts stay numbers (whole rupiah), so a spreadsheet can sum them.
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
        shifts(rows, report, words, header.size());
        return new ReportTable(List.copyOf(header), Collections.unmodifiableList(rows));
    }

    static final List<String> SHIFT_COLUMNS = List.of(
            "col.openedAt",
            "col.closedAt",
            "col.status",
            "col.exits",
            "col.fees",
            "col.cashExpected",
            "col.cashCounted",
            "col.cashDifference");

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** An instant as the garage's wall-clock time; "" for none. */
    static String localTime(Instant instant, String zone) {
        return instant == null ? "" : LOCAL_TIME.format(instant.atZone(ZoneId.of(zone)));
    }

    /** How a shift is named in the exports: station and cashier. */
    static String shiftKey(ShiftCash shift) {
        return shift.station() + " / " + shift.operator();
    }

    private static void shifts(List<List<Object>> rows, DailyReport report, ReportWords words, int width) {
        List<Object> header = new ArrayList<>(List.of(words.get("col.section"), words.get("col.key")));
        SHIFT_COLUMNS.forEach(key -> header.add(words.get(key)));
        rows.add(padded(header, width));
        for (ShiftCash s : report.shifts()) {
            List<Object> row = new ArrayList<>();
            row.add(words.get("section.shift"));
            row.add(shiftKey(s));
            row.add(localTime(s.openedAt(), report.timeZone()));
            row.add(localTime(s.closedAt(), report.timeZone()));
            row.add(words.get("shift." + s.status()));
            row.add((long) s.exits());
            row.add(s.revenue());
            row.add(s.cashExpected());
            row.add(s.cashCounted() == null ? "" : s.cashCounted());
            row.add(s.cashDifference() == null ? "" : s.cashDifference());
            rows.add(padded(row, width));
        }
        DailyReport.ShiftTotals t = report.shiftTotals();
        List<Object> total = new ArrayList<>(List.of(
                words.get("section.shiftTotal"),
                words.get("shifts.count", t.closedShifts(), t.openShifts()),
                "",
                "",
                "",
                "",
                "",
                t.cashExpected(),
                t.cashCounted(),
                t.cashDifference()));
        rows.add(padded(total, width));
    }

    private static List<Object> padded(List<Object> row, int width) {
        while (row.size() < width) {
            row.add("");
        }
        return row;
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
