package id.sistemparkir.core.tariff;

import java.util.Objects;

/**
 * One line of a fee breakdown. Reductions (daily cap, member discount) have negative amounts, so the
 * lines of a {@link FeeQuote} always add up to its fee.
 *
 * @param kind what the line is, for clients that word it themselves (e.g. in English)
 * @param description ready-made text in Bahasa Indonesia, the UI default
 * @param amount whole rupiah; negative for reductions
 */
public record FeeLine(Kind kind, String description, long amount) {

    /** What a line charges or takes off. */
    public enum Kind {
        /** The stay was within the grace period: free. */
        GRACE,
        /** The first started hour of the stay. */
        FIRST_HOUR,
        /** Every later started hour. */
        NEXT_HOURS,
        /** Reduction down to the maximum of a 24-hour block. */
        DAILY_CAP,
        /** The lost-ticket charge. */
        LOST_TICKET,
        /** Reduction for a member's discount. */
        MEMBER_DISCOUNT
    }

    public FeeLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
