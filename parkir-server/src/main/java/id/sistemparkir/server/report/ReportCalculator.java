package id.sistemparkir.server.report;

import id.sistemparkir.server.session.SessionRecord;
import id.sistemparkir.server.shift.ShiftCash;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link DailyReport} from the sessions touching the period and the shifts opened in it: pure, so its sums can
 * be checked directly.
 */
public final class ReportCalculator {

    private static final String UNKNOWN = "-";

    private ReportCalculator() {}

    public static DailyReport calculate(
            List<SessionRecord> sessions,
            List<ShiftCash> shifts,
            LocalDate from,
            LocalDate to,
            ZoneId zone,
            Instant generatedAt) {
        Map<LocalDate, DailyReport.Totals> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, DailyReport.Totals.ZERO);
        }
        Groups byType = new Groups();
        Groups byGate = new Groups();
        Groups byOperator = new Groups();
        Groups byMethod = new Groups();
        for (SessionRecord s : sessions) {
            LocalDate entryDay = LocalDate.ofInstant(s.entryTime(), zone);
            if (days.containsKey(entryDay)) {
                boolean isVoid = SessionRecord.VOID.equals(s.status());
                days.merge(entryDay, entryTotals(s, isVoid), DailyReport.Totals::plus);
                if (!isVoid) {
                    DailyReport.Group entry = new DailyReport.Group(null, 1, 0, 0, 0);
                    byType.add(s.vehicleType().name(), entry);
                    byGate.add(s.entryGate(), entry);
                    byOperator.add(s.entryOperator(), entry);
                }
            }
            if (SessionRecord.EXITED.equals(s.status()) && s.exitTime() != null) {
                LocalDate exitDay = LocalDate.ofInstant(s.exitTime(), zone);
                if (days.containsKey(exitDay)) {
                    days.merge(exitDay, exitTotals(s), DailyReport.Totals::plus);
                    DailyReport.Group exit = new DailyReport.Group(null, 0, 1, s.fee(), s.collected());
                    byType.add(s.vehicleType().name(), exit);
                    byGate.add(s.exitGate(), exit);
                    byOperator.add(s.exitOperator(), exit);
                    byMethod.add(s.paymentMethod(), exit);
                }
            }
        }
        List<DailyReport.Day> dayList = new ArrayList<>();
        DailyReport.Totals totals = DailyReport.Totals.ZERO;
        for (Map.Entry<LocalDate, DailyReport.Totals> day : days.entrySet()) {
            dayList.add(new DailyReport.Day(day.getKey(), day.getValue()));
            totals = totals.plus(day.getValue());
        }
        return new DailyReport(
                from,
                to,
                zone.getId(),
                generatedAt,
                totals,
                dayList,
                byType.list(),
                byGate.list(),
                byOperator.list(),
                byMethod.list(),
                true,
                DailyReport.ShiftTotals.of(shifts),
                List.copyOf(shifts));
    }

    private static DailyReport.Totals entryTotals(SessionRecord s, boolean isVoid) {
        if (isVoid) {
            return new DailyReport.Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        }
        return new DailyReport.Totals(1, 0, 0, 0, 0, 0, 0, 0, s.entryOffline() ? 1 : 0, 0, 0);
    }

    private static DailyReport.Totals exitTotals(SessionRecord s) {
        long uncollected = s.uncollected();
        return new DailyReport.Totals(
                0,
                1,
                s.fee(),
                s.collected(),
                s.lostTicket() ? 1 : 0,
                s.lostTicket() ? s.fee() : 0,
                uncollected > 0 ? 1 : 0,
                uncollected,
                0,
                Boolean.TRUE.equals(s.exitOffline()) ? 1 : 0,
                0);
    }

    /** Groups by key, sorted by key. */
    private static final class Groups {
        private final Map<String, DailyReport.Group> byKey = new TreeMap<>();

        void add(String key, DailyReport.Group amounts) {
            String k = key == null || key.isBlank() ? UNKNOWN : key;
            byKey.merge(
                    k,
                    new DailyReport.Group(k, amounts.entries(), amounts.exits(), amounts.fees(), amounts.revenue()),
                    DailyReport.Group::plus);
        }

        List<DailyReport.Group> list() {
            return List.copyOf(byKey.values());
        }
    }
}
