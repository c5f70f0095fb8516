package id.sistemparkir.core.tariff;

import id.sistemparkir.core.money.Rupiah;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording of breakdown lines, in one place. Bahasa Indonesia because receipts and the lane screens
 * default to it; a client in another language words lines itself from {@link FeeLine.Kind}.
 */
final class FeeLines {

    private FeeLines() {}

    static FeeLine grace(Duration grace) {
        return new FeeLine(FeeLine.Kind.GRACE, "Gratis (masa tenggang " + wording(grace) + ")", 0);
    }

    static FeeLine firstHour(long price) {
        return new FeeLine(FeeLine.Kind.FIRST_HOUR, "Jam pertama", price);
    }

    static FeeLine nextHours(long hours, long pricePerHour) {
        return new FeeLine(
                FeeLine.Kind.NEXT_HOURS,
                hours + " jam berikutnya × " + Rupiah.format(pricePerHour),
                Math.multiplyExact(hours, pricePerHour));
    }

    /** A cap reduction for block {@code fromBlock}, or for the equal blocks {@code fromBlock..toBlock}. */
    static FeeLine dailyCap(long fromBlock, long toBlock, long reduction) {
        String blocks = fromBlock == toBlock ? "blok " + fromBlock : "blok " + fromBlock + "–" + toBlock;
        return new FeeLine(FeeLine.Kind.DAILY_CAP, "Batas maksimum per 24 jam (" + blocks + "): potongan", reduction);
    }

    static FeeLine lostTicket(long price) {
        return new FeeLine(FeeLine.Kind.LOST_TICKET, "Tiket hilang", price);
    }

    static FeeLine memberDiscount(int percent, long discount) {
        return new FeeLine(FeeLine.Kind.MEMBER_DISCOUNT, "Diskon member " + percent + "%", -discount);
    }

    /** "10 menit", "1 jam 30 menit", "45 detik"; sub-second parts are not worth showing. */
    static String wording(Duration duration) {
        List<String> parts = new ArrayList<>();
        if (duration.toHours() > 0) {
            parts.add(duration.toHours() + " jam");
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(duration.toMinutesPart() + " menit");
        }
        if (duration.toSecondsPart() > 0) {
            parts.add(duration.toSecondsPart() + " detik");
        }
        return parts.isEmpty() ? "0 menit" : String.join(" ", parts);
    }
}
