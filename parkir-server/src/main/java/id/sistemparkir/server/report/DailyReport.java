package id.sistemparkir.server.report;

import id.sistemparkir.server.shift.ShiftCash;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/reports/daily?from&to}: a period of whole days in the garage's time zone. Every figure is derived
 * from the sessions of the period and adds up: the days' totals sum to {@code totals}, and so does each grouping.
 *
 * <p>Counting: an entry counts on the day it entered (VOID sessions are left out and counted in {@code voided}); an
 * exit, its fee and its payment on the day it exited. A shift counts in the period it opened in.
 *
 * @param shiftsAvailable always true since shifts exist (issue 11); kept for clients that check it
 * @param shiftTotals the sums of {@code shifts}
 * @param shifts cash per shift opened in the period, oldest first: as closed, or until now while open
 */
public record DailyReport(
        LocalDate from,
        LocalDate to,
        String timeZone,
        Instant generatedAt,
        Totals totals,
        List<Day> days,
        List<Group> byVehicleType,
        List<Group> byGate,
        List<Group> byOperator,
        List<Group> byPaymentMethod,
        boolean shiftsAvailable,
        ShiftTotals shiftTotals,
        List<ShiftCash> shifts) {

    /**
     * The shifts' cash added up. Only closed shifts have a count, so the money sums are over them (and
     * {@code cashDifference = cashCounted − cashExpected} holds for the sums too); open shifts are only counted.
     *
     * @param closedShifts shifts closed (whose cash is summed); {@code openShifts} those still open
     */
    public record ShiftTotals(
            int closedShifts, int openShifts, long cashExpected, long cashCounted, long cashDifference) {

        static ShiftTotals of(List<ShiftCash> shifts) {
            List<ShiftCash> closed = shifts.stream().filter(ShiftCash::closed).toList();
            return new ShiftTotals(
                    closed.size(),
                    shifts.size() - closed.size(),
                    closed.stream().mapToLong(ShiftCash::cashExpected).sum(),
                    closed.stream().mapToLong(ShiftCash::cashCounted).sum(),
                    closed.stream().mapToLong(ShiftCash::cashDifference).sum());
        }
    }

    /**
     * @param fees charged at the exits
     * @param revenue collected at the exits: paid up to the fee (change handed back is not revenue)
     * @param lostTickets exits with a lost ticket; {@code lostTicketFees} their fees
     * @param underpaidExits exits paid less than their fee; {@code uncollected} the missing money (fee − paid)
     * @param offlineEntries entries recorded while the lane was offline; {@code offlineExits} likewise
     * @param voided sessions that entered in the period and were voided
     */
    public record Totals(
            long entries,
            long exits,
            long fees,
            long revenue,
            long lostTickets,
            long lostTicketFees,
            long underpaidExits,
            long uncollected,
            long offlineEntries,
            long offlineExits,
            long voided) {

        static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Totals plus(Totals o) {
            return new Totals(
                    entries + o.entries,
                    exits + o.exits,
                    fees + o.fees,
                    revenue + o.revenue,
                    lostTickets + o.lostTickets,
                    lostTicketFees + o.lostTicketFees,
                    underpaidExits + o.underpaidExits,
                    uncollected + o.uncollected,
                    offlineEntries + o.offlineEntries,
                    offlineExits + o.offlineExits,
                    voided + o.voided);
        }
    }

    /** One day of the period. */
    public record Day(LocalDate date, Totals totals) {}

    /** Entries and exits of one class, gate, operator or payment method; {@code key} "-" when unknown. */
    public record Group(String key, long entries, long exits, long fees, long revenue) {

        Group plus(Group o) {
            return new Group(key, entries + o.entries, exits + o.exits, fees + o.fees, revenue + o.revenue);
        }
    }
}
