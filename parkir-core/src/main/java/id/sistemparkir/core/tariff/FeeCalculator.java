package id.sistemparkir.core.tariff;

import java.util.ArrayList;
import java.util.List;

/**
 * Prices a stay (DESIGN §7). Pure: the exit time comes in the request, so callers pass the time from
 * their injected {@code Clock} and tests never wait.
 *
 * <p>Order of the rules: time-based charge (grace, hours, daily caps), then the lost-ticket fee on
 * top, then the member discount on the whole of that.
 */
public final class FeeCalculator {

    private FeeCalculator() {}

    /** Prices with the tariff version in force at the request's entry time, never the exit time. */
    public static FeeQuote quote(TariffSchedule schedule, FeeRequest request) {
        return quote(schedule.inForceAt(request.entryTime()), request);
    }

    /** Prices with exactly this tariff version. */
    public static FeeQuote quote(Tariff tariff, FeeRequest request) {
        TariffRate rate = tariff.rate(request.vehicleType());
        List<FeeLine> lines = new ArrayList<>(TimeCharge.lines(rate, request.duration()));
        if (request.lostTicket()) {
            lines.add(FeeLines.lostTicket(rate.lostTicket()));
        }
        int percent = request.memberDiscountPercent();
        if (percent > 0) {
            lines.add(FeeLines.memberDiscount(percent, memberDiscount(sum(lines), percent)));
        }
        return new FeeQuote(
                sum(lines),
                lines,
                tariff.version(),
                request.vehicleType(),
                request.entryTime(),
                request.exitTime(),
                request.duration(),
                request.lostTicket(),
                percent);
    }

    /**
     * The discount is rounded down to whole rupiah, so the member pays the remainder rounded up: the
     * fee is always a whole amount and a partial discount never gives away more than the percentage.
     */
    static long memberDiscount(long charge, int percent) {
        return Math.multiplyExact(charge, percent) / 100;
    }

    private static long sum(List<FeeLine> lines) {
        return lines.stream().mapToLong(FeeLine::amount).reduce(0, Math::addExact);
    }
}
