package id.sistemparkir.core.tariff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a tariff may say. The hard bounds ({@link #MAX_AMOUNT}, {@link #MAX_GRACE}, and {@link FeeRequest#MAX_STAY}
 * for the stay) are what make pricing overflow-free: the largest line is {@code MAX_STAY} in hours times {@code
 * MAX_AMOUNT}, about 9 × 10^13, far below {@code Long.MAX_VALUE}, so the {@code Math.*Exact} calls of the engine can
 * never throw. {@link #problems} adds the rules of a sane published tariff (the daily cap covers the first hour).
 */
public final class TariffLimits {

    /** Rp 100,000,000: no parking amount is near it, and every sum of a priced stay stays within a long. */
    public static final long MAX_AMOUNT = 100_000_000L;

    public static final Duration MAX_GRACE = Duration.ofDays(1);

    /** How far ahead a tariff may be published: a year of notice is plenty, year 99999 is a typo. */
    public static final Duration MAX_START_AHEAD = Duration.ofDays(366);

    private TariffLimits() {}

    /**
     * Why this rate cannot be published, one sentence per broken rule (empty when it can).
     *
     * @param label e.g. {@code MOBIL}, to say which class is wrong
     */
    public static List<String> problems(
            String label, long graceSeconds, long firstHour, long nextHour, long maxPerDay, long lostTicket) {
        List<String> problems = new ArrayList<>();
        checkAmount(problems, label, "firstHour", firstHour);
        checkAmount(problems, label, "nextHour", nextHour);
        checkAmount(problems, label, "maxPerDay", maxPerDay);
        checkAmount(problems, label, "lostTicket", lostTicket);
        if (graceSeconds < 0 || graceSeconds > MAX_GRACE.toSeconds()) {
            problems.add(label + ".graceSeconds must be 0-" + MAX_GRACE.toSeconds() + ".");
        }
        if (maxPerDay < firstHour) {
            problems.add(label + ".maxPerDay must be at least firstHour (the cap covers the first hour).");
        }
        return problems;
    }

    /** Why a tariff cannot start at {@code effectiveFrom} when published at {@code now}; empty when it can. */
    public static List<String> startProblems(Instant effectiveFrom, Instant now) {
        if (effectiveFrom.isAfter(now.plus(MAX_START_AHEAD))) {
            return List.of("effectiveFrom must be at most " + MAX_START_AHEAD.toDays() + " days ahead.");
        }
        return List.of();
    }

    static void requireAmount(String name, long amount) {
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException(name + " must be 0-" + MAX_AMOUNT + ", was " + amount);
        }
    }

    private static void checkAmount(List<String> problems, String label, String name, long amount) {
        if (amount < 0 || amount > MAX_AMOUNT) {
            problems.add(label + "." + name + " must be 0-" + MAX_AMOUNT + " rupiah.");
        }
    }
}
