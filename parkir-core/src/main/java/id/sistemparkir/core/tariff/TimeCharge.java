package id.sistemparkir.core.tariff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The time-based part of a fee (DESIGN §7): every started hour priced, then each 24-hour block counted
 * from entry capped at the daily maximum. The cap shows as reduction lines instead of a different
 * hour count, so a receipt shows both what the hours cost and what the cap saved.
 *
 * <p>Computed per block, not per hour, so a vehicle forgotten for a year costs no more work than one
 * parked for an hour. All blocks after the first are priced alike (the first-hour price belongs to
 * block 1 only), so the full ones share one reduction line.
 */
final class TimeCharge {

    static final long HOURS_PER_BLOCK = 24;

    private TimeCharge() {}

    static List<FeeLine> lines(TariffRate rate, Duration stay) {
        if (stay.compareTo(rate.grace()) <= 0) {
            return List.of(FeeLines.grace(rate.grace()));
        }
        long hours = startedHours(stay);
        List<FeeLine> lines = new ArrayList<>();
        lines.add(FeeLines.firstHour(rate.firstHour()));
        if (hours > 1) {
            lines.add(FeeLines.nextHours(hours - 1, rate.nextHour()));
        }
        addCapReductions(lines, rate, hours);
        return lines;
    }

    /** Hours begun: 60 min is 1, 60 min 1 s is 2. */
    static long startedHours(Duration stay) {
        long whole = stay.toHours();
        return stay.equals(Duration.ofHours(whole)) ? whole : whole + 1;
    }

    private static void addCapReductions(List<FeeLine> lines, TariffRate rate, long hours) {
        long firstBlockHours = Math.min(hours, HOURS_PER_BLOCK);
        long firstBlockCharge =
                Math.addExact(rate.firstHour(), Math.multiplyExact(firstBlockHours - 1, rate.nextHour()));
        addCapReduction(lines, rate, 1, 1, firstBlockCharge);

        long laterHours = hours - firstBlockHours;
        long fullBlocks = laterHours / HOURS_PER_BLOCK;
        long lastBlockHours = laterHours % HOURS_PER_BLOCK;
        if (fullBlocks > 0) {
            addCapReduction(lines, rate, 2, 1 + fullBlocks, Math.multiplyExact(HOURS_PER_BLOCK, rate.nextHour()));
        }
        if (lastBlockHours > 0) {
            long block = 2 + fullBlocks;
            addCapReduction(lines, rate, block, block, Math.multiplyExact(lastBlockHours, rate.nextHour()));
        }
    }

    /** Adds one line taking each of the blocks fromBlock..toBlock down from chargePerBlock to the maximum. */
    private static void addCapReduction(
            List<FeeLine> lines, TariffRate rate, long fromBlock, long toBlock, long chargePerBlock) {
        if (chargePerBlock > rate.maxPerDay()) {
            long blocks = toBlock - fromBlock + 1;
            long reduction = Math.multiplyExact(blocks, rate.maxPerDay() - chargePerBlock);
            lines.add(FeeLines.dailyCap(fromBlock, toBlock, reduction));
        }
    }
}
